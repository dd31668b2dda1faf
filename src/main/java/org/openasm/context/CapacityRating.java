package org.openasm.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * One cell of the capacity grid: how well a task-force agency performs a function today and how well
 * it needs to, each on a 0–3 scale (0 none, 1 basic, 2 adequate, 3 strong). The gap is needed minus
 * existing.
 */
@Entity
@Table(name = "context_capacity_rating")
@Audited
class CapacityRating extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	static final int MAX_LEVEL = 3;

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "agency_id", nullable = false)
	private Long agencyId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "function_id", nullable = false)
	private CapacityFunction function;

	@Column(name = "existing_level", nullable = false)
	private int existingLevel;

	@Column(name = "needed_level", nullable = false)
	private int neededLevel;

	@Column(length = 4000)
	private String notes;

	protected CapacityRating() {
	}

	CapacityRating(long workspaceId, long agencyId, CapacityFunction function) {
		this.workspaceId = workspaceId;
		this.agencyId = agencyId;
		this.function = function;
	}

	void rate(int existing, int needed, String notes) {
		level("existingLevel", existing);
		level("neededLevel", needed);
		this.existingLevel = existing;
		this.neededLevel = needed;
		this.notes = notes == null || notes.isBlank() ? null : notes.strip();
	}

	private static void level(String field, int value) {
		if (value < 0 || value > MAX_LEVEL) {
			throw new DomainRuleViolation(field, "capacity.level.range", value);
		}
	}

	public int getGap() {
		return neededLevel - existingLevel;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return function.getName() + " (" + existingLevel + " → " + neededLevel + ")";
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public CapacityFunction getFunction() {
		return function;
	}

	public int getExistingLevel() {
		return existingLevel;
	}

	public int getNeededLevel() {
		return neededLevel;
	}

	public String getNotes() {
		return notes;
	}
}
