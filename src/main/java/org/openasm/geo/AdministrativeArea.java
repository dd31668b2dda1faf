package org.openasm.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A region, district or smaller area. {@code path} lists the ids from the top, e.g. {@code /3/17/}, so
 * descendants share their ancestor's path as a prefix.
 */
@Entity
@Table(name = "geo_area")
@Audited
class AdministrativeArea extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "parent_id")
	private Long parentId;

	/** 1 for the top level (regions), 2 below it (districts), and so on. */
	@Column(nullable = false)
	private int level;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 50)
	private String code;

	@Column(nullable = false, length = 500)
	private String path = "/";

	/** The outline as WKT (Polygon or MultiPolygon, longitude then latitude, WGS 84); none until imported. */
	@Column(length = 1_000_000)
	private String boundary;

	protected AdministrativeArea() {
	}

	AdministrativeArea(Long workspaceId, AdministrativeArea parent, String name, String code) {
		this.workspaceId = workspaceId;
		this.parentId = parent == null ? null : parent.getId();
		this.level = parent == null ? 1 : parent.level + 1;
		this.name = name.strip();
		this.code = code == null || code.isBlank() ? null : code.strip().toUpperCase();
	}

	/** Called once the id is known. */
	void placeUnder(AdministrativeArea parent) {
		this.path = (parent == null ? "/" : parent.path) + getId() + "/";
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public Long getParentId() {
		return parentId;
	}

	public int getLevel() {
		return level;
	}

	public String getName() {
		return name;
	}

	public String getCode() {
		return code;
	}

	public String getPath() {
		return path;
	}

	public String getBoundary() {
		return boundary;
	}

	void outline(String wkt) {
		this.boundary = wkt;
	}

	@Override
	public String historyLabel() {
		return name;
	}

	AreaInfo info() {
		return new AreaInfo(getId(), parentId, level, name, code, path);
	}
}
