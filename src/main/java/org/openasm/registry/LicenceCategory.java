package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A kind of licence an ASM operator can hold: who is eligible, the largest area and how long it runs,
 * whether it is valid only inside ASM zones, and what it costs to apply and to keep each year.
 */
@Entity(name = "LicenceCategory")
@Table(name = "registry_licence_category")
@Audited
class LicenceCategory extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 4000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private LicenceEligibility eligibility;

	@Column(name = "max_area_hectares", nullable = false, precision = 12, scale = 2)
	private BigDecimal maxAreaHectares;

	@Column(name = "duration_months", nullable = false)
	private int durationMonths;

	@Column(name = "zones_only", nullable = false)
	private boolean zonesOnly;

	@Column(name = "application_fee", nullable = false, precision = 16, scale = 2)
	private BigDecimal applicationFee;

	@Column(name = "annual_fee", nullable = false, precision = 16, scale = 2)
	private BigDecimal annualFee;

	protected LicenceCategory() {
	}

	LicenceCategory(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(String name, String description, LicenceEligibility eligibility, BigDecimal maxAreaHectares, int durationMonths,
			boolean zonesOnly, BigDecimal applicationFee, BigDecimal annualFee) {
		this.name = name.strip();
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.eligibility = eligibility;
		this.maxAreaHectares = maxAreaHectares;
		this.durationMonths = durationMonths;
		this.zonesOnly = zonesOnly;
		this.applicationFee = applicationFee;
		this.annualFee = annualFee;
	}

	LicenceCategoryFacts facts() {
		return new LicenceCategoryFacts(getId(), name, description, eligibility, maxAreaHectares, durationMonths, zonesOnly,
				applicationFee, annualFee);
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return name;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public LicenceEligibility getEligibility() {
		return eligibility;
	}

	public BigDecimal getMaxAreaHectares() {
		return maxAreaHectares;
	}

	public int getDurationMonths() {
		return durationMonths;
	}

	public boolean isZonesOnly() {
		return zonesOnly;
	}

	public BigDecimal getApplicationFee() {
		return applicationFee;
	}

	public BigDecimal getAnnualFee() {
		return annualFee;
	}
}
