package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.openasm.context.Commodity;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * An ASM zone: an area the government sets aside for artisanal and small-scale mining, where
 * zones-only licence categories are granted, optionally for one commodity and with a capacity (the
 * most licences that may hold ground in it at once). Zones do not overlap each other nor a protected
 * area (see {@link ZoneManagement}).
 */
@Entity(name = "Zone")
@Table(name = "registry_zone")
@Audited
class Zone extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 50)
	private String code;

	@Column(length = 4000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private Commodity commodity;

	@Column(name = "max_licences")
	private Integer maxLicences;

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

	@Column(name = "spatial_seq", nullable = false)
	private long spatialSeq;

	protected Zone() {
	}

	Zone(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(String name, String code, String description, Commodity commodity, Integer maxLicences) {
		this.name = name.strip();
		this.code = code == null || code.isBlank() ? null : code.strip();
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.commodity = commodity;
		this.maxLicences = maxLicences;
	}

	/** A new boundary (or the same one) with the workspace's next spatial_seq, so every index sees the change. */
	void outline(Footprint area, long spatialSeq) {
		this.boundary = area.wkt();
		this.areaHectares = area.hectares();
		this.minLon = area.envelope().getMinX();
		this.minLat = area.envelope().getMinY();
		this.maxLon = area.envelope().getMaxX();
		this.maxLat = area.envelope().getMaxY();
		this.spatialSeq = spatialSeq;
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
		return name;
	}

	public String getName() {
		return name;
	}

	public String getCode() {
		return code;
	}

	public String getDescription() {
		return description;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public Integer getMaxLicences() {
		return maxLicences;
	}

	public String getBoundary() {
		return boundary;
	}

	public BigDecimal getAreaHectares() {
		return areaHectares;
	}

	public long getSpatialSeq() {
		return spatialSeq;
	}
}
