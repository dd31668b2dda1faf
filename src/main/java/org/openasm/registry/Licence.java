package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.openasm.context.Commodity;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A licence: the right of one holder to mine one commodity on one area, of one category, from a start
 * date to an end date, under conditions. Issued from an approved application or imported from an
 * earlier cadastre ({@code applicationId} null). Every change of status or holder is also written to
 * {@code registry_licence_event}, which is the history the pages show.
 */
@Entity(name = "Licence")
@Table(name = "registry_licence")
@Audited
class Licence extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 30)
	private String number;

	@Column(name = "application_id")
	private Long applicationId;

	@Column(name = "holder_id", nullable = false)
	private Long holderId;

	@Column(name = "category_id", nullable = false)
	private Long categoryId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Commodity commodity;

	@Column(nullable = false, length = 1000000)
	private String boundary;

	@Column(name = "area_hectares", nullable = false, precision = 14, scale = 4)
	private BigDecimal areaHectares;

	@Column(name = "min_lon", nullable = false)
	private double minLon;

	@Column(name = "min_lat", nullable = false)
	private double minLat;

	@Column(name = "max_lon", nullable = false)
	private double maxLon;

	@Column(name = "max_lat", nullable = false)
	private double maxLat;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(length = 4000)
	private String conditions;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LicenceStatus status = LicenceStatus.ACTIVE;

	@Column(name = "spatial_seq", nullable = false)
	private long spatialSeq;

	@Column(name = "import_key", length = 100)
	private String importKey;

	protected Licence() {
	}

	Licence(long workspaceId, String number, Long applicationId, long holderId, long categoryId, Commodity commodity, Footprint area,
			LocalDate startsOn, LocalDate endsOn, String conditions, long spatialSeq) {
		this.workspaceId = workspaceId;
		this.number = number;
		this.applicationId = applicationId;
		this.holderId = holderId;
		this.categoryId = categoryId;
		this.commodity = commodity;
		this.boundary = area.wkt();
		this.areaHectares = area.hectares();
		this.minLon = area.envelope().getMinX();
		this.minLat = area.envelope().getMinY();
		this.maxLon = area.envelope().getMaxX();
		this.maxLat = area.envelope().getMaxY();
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.conditions = conditions == null || conditions.isBlank() ? null : conditions.strip();
		this.spatialSeq = spatialSeq;
	}

	/** A change of status; {@code spatialSeq} is the workspace's next number, so every index sees it. */
	void changeStatus(LicenceStatus status, long spatialSeq) {
		this.status = status;
		this.spatialSeq = spatialSeq;
	}

	void extendTo(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	void transferTo(long holderId) {
		this.holderId = holderId;
	}

	void importedAs(String importKey) {
		this.importKey = importKey;
	}

	Footprint footprint() {
		return Footprint.ofWkt(boundary);
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return number;
	}

	public String getNumber() {
		return number;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public Long getHolderId() {
		return holderId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public String getBoundary() {
		return boundary;
	}

	public BigDecimal getAreaHectares() {
		return areaHectares;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getConditions() {
		return conditions;
	}

	public LicenceStatus getStatus() {
		return status;
	}

	public long getSpatialSeq() {
		return spatialSeq;
	}

	public String getImportKey() {
		return importKey;
	}
}
