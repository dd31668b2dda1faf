package org.openasm.typology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.WorkspaceRecord;

/** How a type scores on one criterion, from 1 to 5 (5 favours priority), and why. */
@Entity(name = "PriorityScore")
@Table(name = "typology_score")
@Audited
class Score extends AuditedEntity implements WorkspaceRecord {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "type_id", nullable = false)
	private Long typeId;

	@Column(name = "criterion_id", nullable = false)
	private Long criterionId;

	@Column(nullable = false)
	private int score;

	@Column(nullable = false, length = 2000)
	private String rationale;

	protected Score() {
	}

	Score(long workspaceId, long typeId, long criterionId) {
		this.workspaceId = workspaceId;
		this.typeId = typeId;
		this.criterionId = criterionId;
	}

	void set(int score, String rationale) {
		this.score = score;
		this.rationale = rationale.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public Long getTypeId() {
		return typeId;
	}

	public Long getCriterionId() {
		return criterionId;
	}

	public int getScore() {
		return score;
	}

	public String getRationale() {
		return rationale;
	}
}
