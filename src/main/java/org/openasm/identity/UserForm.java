package org.openasm.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account as the administrator fills it in. */
public class UserForm {

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{validation.username}")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String displayName;

	@NotBlank
	@Size(min = Accounts.MIN_PASSWORD, max = 200)
	private String password;

	private boolean systemAdmin;

	private String token;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isSystemAdmin() {
		return systemAdmin;
	}

	public void setSystemAdmin(boolean systemAdmin) {
		this.systemAdmin = systemAdmin;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
