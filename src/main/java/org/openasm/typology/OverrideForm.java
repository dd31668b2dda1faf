package org.openasm.typology;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An override: the site, the type it belongs in whatever its attributes say, and why (required). */
public class OverrideForm {

	@NotNull
	private Long siteId;

	@NotNull
	private Long typeId;

	@NotBlank(message = "{typology.override.reason.required}")
	@Size(max = 2000)
	private String reason;

	private String token;

	public Long getSiteId() {
		return siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public Long getTypeId() {
		return typeId;
	}

	public void setTypeId(Long typeId) {
		this.typeId = typeId;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
