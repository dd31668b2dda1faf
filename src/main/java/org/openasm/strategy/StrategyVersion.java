package org.openasm.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A finalised version of the ASM Management Strategy: its number (1, 2, …), when and by whom it was
 * finalised, how many warnings its coherence report had (never a blocking finding: those refuse it),
 * the snapshot of the whole consolidated strategy ({@link StrategySnapshot}, as JSON) and the SHA-256
 * digest of what the government decided in it. Written once; Hibernate never updates it.
 */
@Entity(name = "StrategyVersion")
@Table(name = "strategy_version")
@Audited
@Immutable
class StrategyVersion extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private Long workspaceId;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(name = "finalised_at", nullable = false, updatable = false)
	private Instant finalisedAt;

	@Column(name = "finalised_by", nullable = false, updatable = false, length = 100)
	private String finalisedBy;

	@Column(nullable = false, updatable = false)
	private int warnings;

	@Column(nullable = false, updatable = false, length = 64)
	private String digest;

	@NotAudited
	@Column(nullable = false, updatable = false, columnDefinition = "text")
	private String snapshot;

	protected StrategyVersion() {
	}

	StrategyVersion(long workspaceId, int number, Instant finalisedAt, String finalisedBy, int warnings, String digest, String snapshot) {
		this.workspaceId = workspaceId;
		this.number = number;
		this.finalisedAt = finalisedAt;
		this.finalisedBy = finalisedBy;
		this.warnings = warnings;
		this.digest = digest;
		this.snapshot = snapshot;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public int getNumber() {
		return number;
	}

	public Instant getFinalisedAt() {
		return finalisedAt;
	}

	public String getFinalisedBy() {
		return finalisedBy;
	}

	public int getWarnings() {
		return warnings;
	}

	public String getDigest() {
		return digest;
	}

	String getSnapshot() {
		return snapshot;
	}

	@Override
	public String historyLabel() {
		return "v" + number;
	}
}
