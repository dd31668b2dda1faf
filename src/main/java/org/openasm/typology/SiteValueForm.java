package org.openasm.typology;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A site's value on a user-defined dimension; a blank value clears it. The version is that of the value being changed, if any. */
public class SiteValueForm {

	@NotNull
	private Long siteId;

	@Size(max = 100)
	private String value;

	private Long version;

	public Long getSiteId() {
		return siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
