package org.openasm.vision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/** A technique is practised at a mine site (a site of the context analysis, by id). */
@Entity(name = "SiteTechnique")
@Table(name = "vision_site_technique")
@Audited
class SiteTechnique extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "technique_id", nullable = false)
	private Technique technique;

	@Column(name = "site_id", nullable = false)
	private Long siteId;

	protected SiteTechnique() {
	}

	SiteTechnique(Technique technique, long siteId) {
		this.workspaceId = technique.getWorkspaceId();
		this.technique = technique;
		this.siteId = siteId;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return technique.historyLabel() + " · #" + siteId;
	}

	public Technique getTechnique() {
		return technique;
	}

	public Long getSiteId() {
		return siteId;
	}
}
