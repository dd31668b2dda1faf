package org.openasm.typology;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.WorkspaceRecord;

/** A site put in a type by hand, whatever its attributes say, for a reason someone wrote down. */
@Entity(name = "TypeOverride")
@Table(name = "typology_override")
@Audited
class TypeOverride extends AuditedEntity implements WorkspaceRecord {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "site_id", nullable = false)
	private Long siteId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "type_id", nullable = false)
	private SectorType type;

	@Column(nullable = false, length = 2000)
	private String reason;

	protected TypeOverride() {
	}

	TypeOverride(long workspaceId, long siteId) {
		this.workspaceId = workspaceId;
		this.siteId = siteId;
	}

	void set(SectorType type, String reason) {
		this.type = type;
		this.reason = reason.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public Long getSiteId() {
		return siteId;
	}

	public SectorType getType() {
		return type;
	}

	public String getReason() {
		return reason;
	}
}
