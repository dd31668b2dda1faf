package org.openasm.stakeholders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/** One person at one meeting, for a stakeholder or (government staff, observers) for none. */
@Entity
@Table(name = "stakeholders_attendance")
@Audited
class Attendance extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "meeting_id", nullable = false)
	private Meeting meeting;

	@Column(name = "person_name", nullable = false, length = 200)
	private String personName;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "stakeholder_id")
	private Stakeholder stakeholder;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Gender gender;

	protected Attendance() {
	}

	Attendance(Meeting meeting, String personName, Stakeholder stakeholder, Gender gender) {
		this.workspaceId = meeting.getWorkspaceId();
		this.meeting = meeting;
		this.personName = personName.strip();
		this.stakeholder = stakeholder;
		this.gender = gender;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return personName;
	}

	public Meeting getMeeting() {
		return meeting;
	}

	public String getPersonName() {
		return personName;
	}

	public Stakeholder getStakeholder() {
		return stakeholder;
	}

	public Gender getGender() {
		return gender;
	}
}
