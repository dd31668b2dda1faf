package org.openasm.typology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.WorkspaceRecord;

/** The value a mine site takes on a user-defined dimension; a site without one has no value there. */
@Entity(name = "TypologySiteValue")
@Table(name = "typology_site_value")
@Audited
class SiteValue extends AuditedEntity implements WorkspaceRecord {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "dimension_id", nullable = false)
	private Long dimensionId;

	@Column(name = "site_id", nullable = false)
	private Long siteId;

	@Column(name = "site_value", nullable = false, length = 100)
	private String value;

	protected SiteValue() {
	}

	SiteValue(long workspaceId, long dimensionId, long siteId) {
		this.workspaceId = workspaceId;
		this.dimensionId = dimensionId;
		this.siteId = siteId;
	}

	void set(String value) {
		this.value = value;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public Long getDimensionId() {
		return dimensionId;
	}

	public Long getSiteId() {
		return siteId;
	}

	public String getValue() {
		return value;
	}
}
