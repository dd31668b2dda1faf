package org.openasm.strategy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/** A type's strategy as the type page or an API body gives it: the decision, the economics approach (each yes/no with its rationale; null is not decided), the approach to impacts, the licensing and the transboundary measure. */
public class StrategyForm {

	/** Taken from the page's or the API's path; a body needs not send it. */
	private Long typeId;

	@NotNull
	private TypeDecision decision = TypeDecision.ACT;

	@Size(max = 4000)
	private String decisionReason;

	private Boolean allocateLand;

	private Set<Long> landAreaIds = new LinkedHashSet<>();

	private boolean landExclusive;

	@Size(max = 4000)
	private String landRationale;

	private Boolean supplyChain;

	@Size(max = 4000)
	private String supplyChainRationale;

	private Boolean services;

	@Size(max = 4000)
	private String servicesRationale;

	private ImpactsApproach impactsApproach;

	@Size(max = 4000)
	private String impactsRationale;

	private Boolean licensed;

	private Long licenceCategoryId;

	@Size(max = 4000)
	private String categoryReason;

	@Size(max = 4000)
	private String transboundaryMeasure;

	private Long version;

	private String token;

	public Long getTypeId() {
		return typeId;
	}

	public void setTypeId(Long typeId) {
		this.typeId = typeId;
	}

	public TypeDecision getDecision() {
		return decision;
	}

	public void setDecision(TypeDecision decision) {
		this.decision = decision;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public void setDecisionReason(String decisionReason) {
		this.decisionReason = decisionReason;
	}

	public Boolean getAllocateLand() {
		return allocateLand;
	}

	public void setAllocateLand(Boolean allocateLand) {
		this.allocateLand = allocateLand;
	}

	public Set<Long> getLandAreaIds() {
		return landAreaIds;
	}

	public void setLandAreaIds(Set<Long> landAreaIds) {
		this.landAreaIds = landAreaIds;
	}

	public boolean isLandExclusive() {
		return landExclusive;
	}

	public void setLandExclusive(boolean landExclusive) {
		this.landExclusive = landExclusive;
	}

	public String getLandRationale() {
		return landRationale;
	}

	public void setLandRationale(String landRationale) {
		this.landRationale = landRationale;
	}

	public Boolean getSupplyChain() {
		return supplyChain;
	}

	public void setSupplyChain(Boolean supplyChain) {
		this.supplyChain = supplyChain;
	}

	public String getSupplyChainRationale() {
		return supplyChainRationale;
	}

	public void setSupplyChainRationale(String supplyChainRationale) {
		this.supplyChainRationale = supplyChainRationale;
	}

	public Boolean getServices() {
		return services;
	}

	public void setServices(Boolean services) {
		this.services = services;
	}

	public String getServicesRationale() {
		return servicesRationale;
	}

	public void setServicesRationale(String servicesRationale) {
		this.servicesRationale = servicesRationale;
	}

	public ImpactsApproach getImpactsApproach() {
		return impactsApproach;
	}

	public void setImpactsApproach(ImpactsApproach impactsApproach) {
		this.impactsApproach = impactsApproach;
	}

	public String getImpactsRationale() {
		return impactsRationale;
	}

	public void setImpactsRationale(String impactsRationale) {
		this.impactsRationale = impactsRationale;
	}

	public Boolean getLicensed() {
		return licensed;
	}

	public void setLicensed(Boolean licensed) {
		this.licensed = licensed;
	}

	public Long getLicenceCategoryId() {
		return licenceCategoryId;
	}

	public void setLicenceCategoryId(Long licenceCategoryId) {
		this.licenceCategoryId = licenceCategoryId;
	}

	public String getCategoryReason() {
		return categoryReason;
	}

	public void setCategoryReason(String categoryReason) {
		this.categoryReason = categoryReason;
	}

	public String getTransboundaryMeasure() {
		return transboundaryMeasure;
	}

	public void setTransboundaryMeasure(String transboundaryMeasure) {
		this.transboundaryMeasure = transboundaryMeasure;
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
