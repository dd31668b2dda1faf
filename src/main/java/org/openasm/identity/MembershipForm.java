package org.openasm.identity;

import jakarta.validation.constraints.NotNull;

/** A role to grant in a workspace. */
public class MembershipForm {

	@NotNull
	private Long workspaceId;

	@NotNull
	private Role role;

	public Long getWorkspaceId() {
		return workspaceId;
	}

	public void setWorkspaceId(Long workspaceId) {
		this.workspaceId = workspaceId;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}
}
