package org.openasm.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A role to grant in this workspace to an existing account, named by its username. */
public class RoleGrantForm {

	@NotBlank
	@Size(max = 100)
	private String username;

	@NotNull
	private Role role;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}
}
