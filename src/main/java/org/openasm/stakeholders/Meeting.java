package org.openasm.stakeholders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/** A forum meeting. Its minutes reach the members when published, and stay published. */
@Entity
@Table(name = "stakeholders_meeting")
@Audited
class Meeting extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false, length = 200)
	private String place;

	@Column(length = 4000)
	private String agenda;

	@Column(length = 20000)
	private String minutes;

	@Column(name = "minutes_published_on")
	private LocalDate minutesPublishedOn;

	protected Meeting() {
	}

	Meeting(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(MeetingForm f) {
		this.heldOn = f.getHeldOn();
		this.place = f.getPlace().strip();
		this.agenda = Stakeholder.blankToNull(f.getAgenda());
		this.minutes = Stakeholder.blankToNull(f.getMinutes());
	}

	void publishMinutes(LocalDate on) {
		this.minutesPublishedOn = on;
	}

	public boolean isMinutesPublished() {
		return minutesPublishedOn != null;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return heldOn + " " + place;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public String getPlace() {
		return place;
	}

	public String getAgenda() {
		return agenda;
	}

	public String getMinutes() {
		return minutes;
	}

	public LocalDate getMinutesPublishedOn() {
		return minutesPublishedOn;
	}
}
