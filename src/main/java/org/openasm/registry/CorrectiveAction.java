package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * What an inspection requires the operator to do, by a date. It is done only when a follow-up
 * inspection has seen it done ({@code verifiedById}); until then, past its date, it is overdue.
 */
@Entity(name = "CorrectiveAction")
@Table(name = "registry_corrective_action")
@Audited
class CorrectiveAction extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "inspection_id", nullable = false)
	private Long inspectionId;

	@Column(name = "case_id")
	private Long caseId;

	@Column(nullable = false, length = 2000)
	private String description;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(name = "verified_by_id")
	private Long verifiedById;

	protected CorrectiveAction() {
	}

	CorrectiveAction(Inspection inspection, String description, LocalDate dueOn) {
		this.workspaceId = inspection.getWorkspaceId();
		this.inspectionId = inspection.getId();
		this.description = description.strip();
		this.dueOn = dueOn;
	}

	void belongTo(long caseId) {
		this.caseId = caseId;
	}

	void verifiedDone(Inspection followUp) {
		this.doneOn = followUp.getVisitedOn();
		this.verifiedById = followUp.getId();
	}

	/** Past its due date and not yet seen done. */
	boolean overdueOn(LocalDate today) {
		return doneOn == null && dueOn.isBefore(today);
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return description.length() > 60 ? description.substring(0, 60) + "…" : description;
	}

	public Long getInspectionId() {
		return inspectionId;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getDoneOn() {
		return doneOn;
	}

	public Long getVerifiedById() {
		return verifiedById;
	}

	public boolean isDone() {
		return doneOn != null;
	}
}
