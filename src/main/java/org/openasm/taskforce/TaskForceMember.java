package org.openasm.taskforce;

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
import org.openasm.shared.WorkspaceRecord;

/** A person on the task force, representing one agency. */
@Entity
@Table(name = "taskforce_member")
@Audited
class TaskForceMember extends AuditedEntity implements WorkspaceRecord {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "full_name", nullable = false, length = 200)
	private String fullName;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "agency_id", nullable = false)
	private Agency agency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MemberRole role;

	@Column(length = 200)
	private String position;

	@Column(length = 200)
	private String email;

	@Column(length = 50)
	private String phone;

	protected TaskForceMember() {
	}

	TaskForceMember(Long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(String fullName, Agency agency, MemberRole role, String position, String email, String phone) {
		this.fullName = fullName.strip();
		this.agency = agency;
		this.role = role;
		this.position = blankToNull(position);
		this.email = blankToNull(email);
		this.phone = blankToNull(phone);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public String getFullName() {
		return fullName;
	}

	public Agency getAgency() {
		return agency;
	}

	public MemberRole getRole() {
		return role;
	}

	public String getPosition() {
		return position;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}
}
