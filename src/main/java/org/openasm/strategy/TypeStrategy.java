package org.openasm.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * The strategy for one sector type of step 2.2: whether to act on it (or explicitly not, or to close
 * it, each with a reason); the economics approach (land, supply-chain initiatives, services: each a
 * yes or no with its rationale, null while undecided); the approach to impacts; whether its operators
 * are licensed and under which category (and why it differs from alike types); and the measure that
 * integrates transboundary concerns. The chosen instruments are {@link ChosenInstrument}s.
 */
@Entity(name = "TypeStrategy")
@Table(name = "strategy_type_strategy")
@Audited
class TypeStrategy extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "type_id", nullable = false)
	private Long typeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TypeDecision decision = TypeDecision.ACT;

	@Column(name = "decision_reason", length = 4000)
	private String decisionReason;

	@Column(name = "allocate_land")
	private Boolean allocateLand;

	@Column(name = "land_area_ids", nullable = false, length = 2000)
	private String landAreaIds = "";

	@Column(name = "land_exclusive", nullable = false)
	private boolean landExclusive;

	@Column(name = "land_rationale", length = 4000)
	private String landRationale;

	@Column(name = "supply_chain")
	private Boolean supplyChain;

	@Column(name = "supply_chain_rationale", length = 4000)
	private String supplyChainRationale;

	@Column(name = "services")
	private Boolean services;

	@Column(name = "services_rationale", length = 4000)
	private String servicesRationale;

	@Enumerated(EnumType.STRING)
	@Column(name = "impacts_approach", length = 20)
	private ImpactsApproach impactsApproach;

	@Column(name = "impacts_rationale", length = 4000)
	private String impactsRationale;

	@Column(name = "licensed")
	private Boolean licensed;

	@Column(name = "licence_category_id")
	private Long licenceCategoryId;

	@Column(name = "category_reason", length = 4000)
	private String categoryReason;

	@Column(name = "transboundary_measure", length = 4000)
	private String transboundaryMeasure;

	protected TypeStrategy() {
	}

	TypeStrategy(long workspaceId, long typeId) {
		this.workspaceId = workspaceId;
		this.typeId = typeId;
	}

	void decide(TypeDecision decision, String reason) {
		this.decision = decision;
		this.decisionReason = Columns.blankToNull(reason);
	}

	void economics(Boolean allocateLand, Set<Long> landAreaIds, boolean landExclusive, String landRationale, Boolean supplyChain,
			String supplyChainRationale, Boolean services, String servicesRationale) {
		this.allocateLand = allocateLand;
		this.landAreaIds = Boolean.TRUE.equals(allocateLand) ? Columns.ids(landAreaIds) : "";
		this.landExclusive = Boolean.TRUE.equals(allocateLand) && landExclusive;
		this.landRationale = Columns.blankToNull(landRationale);
		this.supplyChain = supplyChain;
		this.supplyChainRationale = Columns.blankToNull(supplyChainRationale);
		this.services = services;
		this.servicesRationale = Columns.blankToNull(servicesRationale);
	}

	void impacts(ImpactsApproach approach, String rationale) {
		this.impactsApproach = approach;
		this.impactsRationale = Columns.blankToNull(rationale);
	}

	void licensing(Boolean licensed, Long categoryId, String categoryReason) {
		this.licensed = licensed;
		this.licenceCategoryId = Boolean.TRUE.equals(licensed) ? categoryId : null;
		this.categoryReason = Boolean.TRUE.equals(licensed) ? Columns.blankToNull(categoryReason) : null;
	}

	void transboundary(String measure) {
		this.transboundaryMeasure = Columns.blankToNull(measure);
	}

	/** Lets go of a licence category that was removed from the registry. */
	void forgetCategory() {
		this.licenceCategoryId = null;
	}

	/** Economics approach complete: land, supply chain and services all decided. */
	boolean economicsComplete() {
		return allocateLand != null && supplyChain != null && services != null;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return "TypeStrategy of type #" + typeId;
	}

	public Long getTypeId() {
		return typeId;
	}

	public TypeDecision getDecision() {
		return decision;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public Boolean getAllocateLand() {
		return allocateLand;
	}

	public Set<Long> getLandAreaIdSet() {
		return Columns.ids(landAreaIds);
	}

	public boolean isLandExclusive() {
		return landExclusive;
	}

	public String getLandRationale() {
		return landRationale;
	}

	public Boolean getSupplyChain() {
		return supplyChain;
	}

	public String getSupplyChainRationale() {
		return supplyChainRationale;
	}

	public Boolean getServices() {
		return services;
	}

	public String getServicesRationale() {
		return servicesRationale;
	}

	public ImpactsApproach getImpactsApproach() {
		return impactsApproach;
	}

	public String getImpactsRationale() {
		return impactsRationale;
	}

	public Boolean getLicensed() {
		return licensed;
	}

	public Long getLicenceCategoryId() {
		return licenceCategoryId;
	}

	public String getCategoryReason() {
		return categoryReason;
	}

	public String getTransboundaryMeasure() {
		return transboundaryMeasure;
	}
}
