package org.openasm.strategy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The border distance of the transboundary rule, and the version of the settings it was edited on (null before any). */
class BorderDistanceForm {

	@NotNull
	@Min(0)
	@Max(StrategySettings.MAX_BORDER_KM)
	private Integer borderDistanceKm;

	private Long version;

	public Integer getBorderDistanceKm() {
		return borderDistanceKm;
	}

	public void setBorderDistanceKm(Integer borderDistanceKm) {
		this.borderDistanceKm = borderDistanceKm;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
