package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * An area where no mining licence is granted: a forest reserve, a national park, a water catchment,
 * with its legal designation. It may cross the jurisdiction's border (a park shared with a neighbour).
 */
@Entity(name = "ProtectedArea")
@Table(name = "registry_protected_area")
@Audited
class ProtectedArea extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 200)
	private String designation;

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

	protected ProtectedArea() {
	}

	ProtectedArea(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(String name, String designation) {
		this.name = name.strip();
		this.designation = designation == null || designation.isBlank() ? null : designation.strip();
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

	public String getDesignation() {
		return designation;
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
