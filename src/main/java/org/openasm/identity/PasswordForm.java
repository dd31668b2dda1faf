package org.openasm.identity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class PasswordForm {

	@NotBlank
	private String current;

	@NotBlank
	@Size(min = Accounts.MIN_PASSWORD, max = 200)
	private String password;

	private String confirmation;

	/** One mistyped character would lock the owner out: the new password is typed twice. */
	@AssertTrue(message = "{password.mismatch}")
	public boolean isConfirmed() {
		return password == null || password.equals(confirmation);
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

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
