package org.openasm.vision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The vision statement: the first save creates it, later ones carry the version they were made on. */
public class StatementForm {

	@NotBlank
	@Size(max = 8000)
	private String statement;

	private Long version;

	private String token;

	public String getStatement() {
		return statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
