package org.openasm.stakeholders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A stakeholder category the workspace adds to the guidance's list. */
public class CategoryForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	private String token;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
