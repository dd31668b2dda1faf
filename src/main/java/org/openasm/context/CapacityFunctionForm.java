package org.openasm.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A capacity function as a form or an API body gives it. */
public class CapacityFunctionForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	private Long version;

	private String token;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
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
