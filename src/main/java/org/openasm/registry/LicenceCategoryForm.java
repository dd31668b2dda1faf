package org.openasm.registry;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A licence category as the registry page or an API body gives it; the rules (a unique name, an area and a duration above zero, fees not below zero) are checked by the registry and refused with the field named. */
public class LicenceCategoryForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 4000)
	private String description;

	@NotNull
	private LicenceEligibility eligibility;

	@NotNull
	@Digits(integer = 10, fraction = 2)
	private BigDecimal maxAreaHectares;

	@NotNull
	private Integer durationMonths;

	private boolean zonesOnly;

	@NotNull
	@Digits(integer = 14, fraction = 2)
	private BigDecimal applicationFee;

	@NotNull
	@Digits(integer = 14, fraction = 2)
	private BigDecimal annualFee;

	private Long version;

	private String token;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LicenceEligibility getEligibility() {
		return eligibility;
	}

	public void setEligibility(LicenceEligibility eligibility) {
		this.eligibility = eligibility;
	}

	public BigDecimal getMaxAreaHectares() {
		return maxAreaHectares;
	}

	public void setMaxAreaHectares(BigDecimal maxAreaHectares) {
		this.maxAreaHectares = maxAreaHectares;
	}

	public Integer getDurationMonths() {
		return durationMonths;
	}

	public void setDurationMonths(Integer durationMonths) {
		this.durationMonths = durationMonths;
	}

	public boolean isZonesOnly() {
		return zonesOnly;
	}

	public void setZonesOnly(boolean zonesOnly) {
		this.zonesOnly = zonesOnly;
	}

	public BigDecimal getApplicationFee() {
		return applicationFee;
	}

	public void setApplicationFee(BigDecimal applicationFee) {
		this.applicationFee = applicationFee;
	}

	public BigDecimal getAnnualFee() {
		return annualFee;
	}

	public void setAnnualFee(BigDecimal annualFee) {
		this.annualFee = annualFee;
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
