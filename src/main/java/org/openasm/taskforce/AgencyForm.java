package org.openasm.taskforce;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new agency. */
public class AgencyForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private AgencyKind kind = AgencyKind.OTHER;

	private String token;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AgencyKind getKind() {
		return kind;
	}

	public void setKind(AgencyKind kind) {
		this.kind = kind;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
