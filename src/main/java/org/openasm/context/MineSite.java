package org.openasm.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A mine site as the context analysis records it: where it is (a point, and the administrative area
 * found from it), what is mined and how, who works there, its legal status, and what was observed
 * there, when and by whom. {@code techniques} is free text for now: the technique catalogue of step
 * 2.1 will link sites to catalogued techniques later.
 */
@Entity(name = "MineSite")
@Table(name = "context_site")
@Audited
class MineSite extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, precision = 9, scale = 6)
	private BigDecimal longitude;

	@Column(nullable = false, precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(name = "area_id")
	private Long areaId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Commodity commodity;

	@Enumerated(EnumType.STRING)
	@Column(name = "deposit_type", nullable = false, length = 20)
	private SiteDepositType depositType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SiteMechanisation mechanisation;

	@Enumerated(EnumType.STRING)
	@Column(name = "site_scale", nullable = false, length = 20)
	private SiteScale scale;

	@Column(nullable = false)
	private int women;

	@Column(nullable = false)
	private int men;

	@Column(nullable = false)
	private boolean minors;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_status", nullable = false, length = 20)
	private SiteLegalStatus legalStatus;

	/** Free text until step 2.1's technique catalogue exists; then sites link to catalogued techniques. */
	@Column(length = 2000)
	private String techniques;

	/** Observed impacts, comma-separated {@link SiteImpact} names. */
	@Column(nullable = false, length = 300)
	private String impacts = "";

	@Column(name = "observed_on")
	private LocalDate observedOn;

	@Column(name = "observation_source", length = 300)
	private String observationSource;

	protected MineSite() {
	}

	MineSite(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	/** Takes a checked description; the area is the one found from the point. */
	void describe(SiteDescription d, Long areaId) {
		this.name = d.name();
		this.longitude = d.longitude();
		this.latitude = d.latitude();
		this.areaId = areaId;
		this.commodity = d.commodity();
		this.depositType = d.depositType();
		this.mechanisation = d.mechanisation();
		this.scale = d.scale();
		this.women = d.women();
		this.men = d.men();
		this.minors = d.minors();
		this.legalStatus = d.legalStatus();
		this.techniques = d.techniques();
		this.impacts = d.impacts().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.observedOn = d.observedOn();
		this.observationSource = d.observationSource();
	}

	public Set<SiteImpact> getImpactSet() {
		Set<SiteImpact> set = EnumSet.noneOf(SiteImpact.class);
		Arrays.stream(impacts.split(",")).filter(s -> !s.isBlank()).map(SiteImpact::valueOf).forEach(set::add);
		return set;
	}

	SiteFacts facts() {
		return new SiteFacts(getId(), name, commodity, areaId, depositType.name(), mechanisation.name(), scale.name(),
				legalStatus.name(), women, men, minors, getImpactSet().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
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

	public BigDecimal getLongitude() {
		return longitude;
	}

	public BigDecimal getLatitude() {
		return latitude;
	}

	public Long getAreaId() {
		return areaId;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public SiteDepositType getDepositType() {
		return depositType;
	}

	public SiteMechanisation getMechanisation() {
		return mechanisation;
	}

	public SiteScale getScale() {
		return scale;
	}

	public int getWomen() {
		return women;
	}

	public int getMen() {
		return men;
	}

	public int getWorkers() {
		return women + men;
	}

	public boolean isMinors() {
		return minors;
	}

	public SiteLegalStatus getLegalStatus() {
		return legalStatus;
	}

	public String getTechniques() {
		return techniques;
	}

	public LocalDate getObservedOn() {
		return observedOn;
	}

	public String getObservationSource() {
		return observationSource;
	}
}
