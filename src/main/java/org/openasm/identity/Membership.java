package org.openasm.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.WorkspaceRecord;

/** A role one user holds in one workspace. */
@Entity
@Table(name = "membership")
@Audited
class Membership extends AuditedEntity implements WorkspaceRecord {

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	protected Membership() {
	}

	Membership(Long userId, Long workspaceId, Role role) {
		this.userId = userId;
		this.workspaceId = workspaceId;
		this.role = role;
	}

	public Long getUserId() {
		return userId;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public Role getRole() {
		return role;
	}
}
