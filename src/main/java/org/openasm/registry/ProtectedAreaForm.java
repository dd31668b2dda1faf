package org.openasm.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A protected area as the page or an API body gives it; {@code area} as in {@link ZoneForm}. */
public class ProtectedAreaForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String designation;

	@Size(max = 1000000)
	private String area;

	private Long version;

	private String token;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDesignation() {
		return designation;
	}

	public void setDesignation(String designation) {
		this.designation = designation;
	}

	public String getArea() {
		return area;
	}

	@JsonIgnore
	public void setArea(String area) {
		this.area = area;
	}

	/** In a JSON body the area may be the GeoJSON object itself or a string. */
	@JsonProperty("area")
	public void setAreaJson(tools.jackson.databind.JsonNode area) {
		this.area = area == null || area.isNull() ? null : area.isString() ? area.asString() : area.toString();
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
