package org.openasm.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * Someone who shapes what happens to ASM beyond the forum's table: a governor, a buyers' cartel, a
 * chief, an army unit, an armed group. What they want, how much they can sway (1–5), where they stand
 * on formalisation and the risks they carry.
 */
@Entity
@Table(name = "context_political_actor")
@Audited
class PoliticalActor extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PoliticalKind kind;

	@Column(length = 4000)
	private String interests;

	@Column(nullable = false)
	private int influence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PoliticalStance stance;

	@Column(name = "risk_notes", length = 4000)
	private String riskNotes;

	protected PoliticalActor() {
	}

	PoliticalActor(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(PoliticalActorForm f) {
		this.name = f.getName().strip();
		this.kind = f.getKind();
		this.interests = SectorEstimate.blankToNull(f.getInterests());
		this.influence = f.getInfluence();
		this.stance = f.getStance();
		this.riskNotes = SectorEstimate.blankToNull(f.getRiskNotes());
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return name;
	}

	public String getName() {
		return name;
	}

	public PoliticalKind getKind() {
		return kind;
	}

	public String getInterests() {
		return interests;
	}

	public int getInfluence() {
		return influence;
	}

	public PoliticalStance getStance() {
		return stance;
	}

	public String getRiskNotes() {
		return riskNotes;
	}
}
