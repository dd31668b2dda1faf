package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An individual's membership of a group or cooperative, with the role held in it (chair, treasurer, member…). */
@Entity(name = "OperatorMember")
@Table(name = "registry_operator_member")
class OperatorMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id", nullable = false, updatable = false)
	private Long groupId;

	@Column(name = "member_id", nullable = false, updatable = false)
	private Long memberId;

	@Column(length = 100)
	private String role;

	protected OperatorMember() {
	}

	OperatorMember(long groupId, long memberId, String role) {
		this.groupId = groupId;
		this.memberId = memberId;
		this.role = role == null || role.isBlank() ? null : role.strip();
	}

	public Long getId() {
		return id;
	}

	public Long getGroupId() {
		return groupId;
	}

	public Long getMemberId() {
		return memberId;
	}

	public String getRole() {
		return role;
	}
}
