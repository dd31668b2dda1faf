package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * An enforcement case, opened by the inspection that observed an unacceptable technique at a licence or
 * a site; it gathers the corrective actions and sanctions, and closes once every action is verified done.
 */
@Entity(name = "EnforcementCase")
@Table(name = "registry_enforcement_case")
@Audited
class EnforcementCase extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "inspection_id", nullable = false)
	private Long inspectionId;

	@Column(name = "licence_id")
	private Long licenceId;

	@Column(name = "site_id")
	private Long siteId;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EnforcementStatus status = EnforcementStatus.OPEN;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "closing_note", length = 2000)
	private String closingNote;

	protected EnforcementCase() {
	}

	EnforcementCase(Inspection opener) {
		this.workspaceId = opener.getWorkspaceId();
		this.inspectionId = opener.getId();
		this.licenceId = opener.getLicenceId();
		this.siteId = opener.getSiteId();
		this.openedOn = opener.getVisitedOn();
	}

	void close(LocalDate on, String note) {
		this.status = EnforcementStatus.CLOSED;
		this.closedOn = on;
		this.closingNote = note == null || note.isBlank() ? null : note.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return "#" + getId();
	}

	public Long getInspectionId() {
		return inspectionId;
	}

	public Long getLicenceId() {
		return licenceId;
	}

	public Long getSiteId() {
		return siteId;
	}

	public LocalDate getOpenedOn() {
		return openedOn;
	}

	public EnforcementStatus getStatus() {
		return status;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public String getClosingNote() {
		return closingNote;
	}
}
