package org.openasm.context;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A mine site as a form or an API body gives it. Longitude and latitude are text, so a decimal comma
 * (“1,234”) is read like a dot; {@code areaId} is used only in a workspace without boundaries (with
 * boundaries the area is found from the point).
 */
public class SiteForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 30)
	private String longitude;

	@NotBlank
	@Size(max = 30)
	private String latitude;

	private Long areaId;

	@NotNull
	private Commodity commodity;

	@NotNull
	private SiteDepositType depositType;

	@NotNull
	private SiteMechanisation mechanisation;

	@NotNull
	private SiteScale scale;

	@NotNull
	@PositiveOrZero
	@Max(1_000_000)
	private Integer women = 0;

	@NotNull
	@PositiveOrZero
	@Max(1_000_000)
	private Integer men = 0;

	private boolean minors;

	@NotNull
	private SiteLegalStatus legalStatus;

	@Size(max = 2000)
	private String techniques;

	private Set<SiteImpact> impacts = EnumSet.noneOf(SiteImpact.class);

	private LocalDate observedOn;

	@Size(max = 300)
	private String observationSource;

	private Long version;

	private String token;

	static SiteForm of(MineSite s) {
		SiteForm f = new SiteForm();
		f.name = s.getName();
		f.longitude = s.getLongitude().stripTrailingZeros().toPlainString();
		f.latitude = s.getLatitude().stripTrailingZeros().toPlainString();
		f.areaId = s.getAreaId();
		f.commodity = s.getCommodity();
		f.depositType = s.getDepositType();
		f.mechanisation = s.getMechanisation();
		f.scale = s.getScale();
		f.women = s.getWomen();
		f.men = s.getMen();
		f.minors = s.isMinors();
		f.legalStatus = s.getLegalStatus();
		f.techniques = s.getTechniques();
		f.impacts = s.getImpactSet();
		f.observedOn = s.getObservedOn();
		f.observationSource = s.getObservationSource();
		f.version = s.getVersion();
		return f;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public Long getAreaId() {
		return areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public void setCommodity(Commodity commodity) {
		this.commodity = commodity;
	}

	public SiteDepositType getDepositType() {
		return depositType;
	}

	public void setDepositType(SiteDepositType depositType) {
		this.depositType = depositType;
	}

	public SiteMechanisation getMechanisation() {
		return mechanisation;
	}

	public void setMechanisation(SiteMechanisation mechanisation) {
		this.mechanisation = mechanisation;
	}

	public SiteScale getScale() {
		return scale;
	}

	public void setScale(SiteScale scale) {
		this.scale = scale;
	}

	public Integer getWomen() {
		return women;
	}

	public void setWomen(Integer women) {
		this.women = women;
	}

	public Integer getMen() {
		return men;
	}

	public void setMen(Integer men) {
		this.men = men;
	}

	public boolean isMinors() {
		return minors;
	}

	public void setMinors(boolean minors) {
		this.minors = minors;
	}

	public SiteLegalStatus getLegalStatus() {
		return legalStatus;
	}

	public void setLegalStatus(SiteLegalStatus legalStatus) {
		this.legalStatus = legalStatus;
	}

	public String getTechniques() {
		return techniques;
	}

	public void setTechniques(String techniques) {
		this.techniques = techniques;
	}

	public Set<SiteImpact> getImpacts() {
		return impacts;
	}

	public void setImpacts(Set<SiteImpact> impacts) {
		this.impacts = impacts == null ? EnumSet.noneOf(SiteImpact.class) : impacts;
	}

	public LocalDate getObservedOn() {
		return observedOn;
	}

	public void setObservedOn(LocalDate observedOn) {
		this.observedOn = observedOn;
	}

	public String getObservationSource() {
		return observationSource;
	}

	public void setObservationSource(String observationSource) {
		this.observationSource = observationSource;
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
