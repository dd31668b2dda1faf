package org.openasm.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class PasswordForm {

	@NotBlank
	private String current;

	@NotBlank
	@Size(min = Accounts.MIN_PASSWORD, max = 200)
	private String password;

	public String getCurrent() {
		return current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
