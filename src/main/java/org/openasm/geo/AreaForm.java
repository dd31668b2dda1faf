package org.openasm.geo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new administrative area: its name, optional code and parent (none for a region). */
public class AreaForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 50)
	@Pattern(regexp = "^$|^[A-Za-z0-9._-]+$", message = "{validation.areaCode}")
	private String code;

	private Long parentId;

	private String token;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
