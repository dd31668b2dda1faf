package org.openasm.vision;

import java.util.Set;
import org.openasm.context.Commodity;

/** Which sites to link a technique to: those matching every filter given (commodity, deposit type, mechanisation, area with the areas inside it), or the sites named by id. */
public class SiteSelection {

	private Commodity commodity;

	private String depositType;

	private String mechanisation;

	private Long areaId;

	private Set<Long> siteIds = new java.util.LinkedHashSet<>();

	public Commodity getCommodity() {
		return commodity;
	}

	public void setCommodity(Commodity commodity) {
		this.commodity = commodity;
	}

	public String getDepositType() {
		return depositType;
	}

	public void setDepositType(String depositType) {
		this.depositType = depositType;
	}

	public String getMechanisation() {
		return mechanisation;
	}

	public void setMechanisation(String mechanisation) {
		this.mechanisation = mechanisation;
	}

	public Long getAreaId() {
		return areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public Set<Long> getSiteIds() {
		return siteIds;
	}

	public void setSiteIds(Set<Long> siteIds) {
		this.siteIds = siteIds;
	}
}
