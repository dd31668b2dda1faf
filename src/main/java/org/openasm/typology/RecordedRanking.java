package org.openasm.typology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A ranking as the task force recorded it: the weights, scores with rationales, weighted scores, ranks,
 * the variation tried on the weights and the sensitivity, frozen as JSON ({@link RankingSnapshot}). Who
 * recorded it and when are the record's audit fields. The fingerprint of the weights and scores it was
 * made from tells whether it is still up to date.
 */
@Entity(name = "RecordedRanking")
@Table(name = "typology_ranking")
@Audited
class RecordedRanking extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	/** The variation p tried on each weight, in percent. */
	@Column(nullable = false)
	private int variation;

	@Column(nullable = false, length = 64)
	private String fingerprint;

	@Column(nullable = false, columnDefinition = "text")
	private String snapshot;

	protected RecordedRanking() {
	}

	RecordedRanking(long workspaceId, int variation, String fingerprint, String snapshot) {
		this.workspaceId = workspaceId;
		this.variation = variation;
		this.fingerprint = fingerprint;
		this.snapshot = snapshot;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public int getVariation() {
		return variation;
	}

	public String getFingerprint() {
		return fingerprint;
	}

	public String getSnapshot() {
		return snapshot;
	}

	@Override
	public String historyLabel() {
		return "#" + getId();
	}
}
