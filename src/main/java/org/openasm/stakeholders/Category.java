package org.openasm.stakeholders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A stakeholder category: one of the guidance's ({@code code} set, named in the reader's language) or
 * one a workspace added ({@code name} set).
 */
@Entity
@Table(name = "stakeholders_category")
@Audited
class Category extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private StandardCategory code;

	@Column(length = 200)
	private String name;

	protected Category() {
	}

	static Category standard(long workspaceId, StandardCategory code) {
		Category c = new Category();
		c.workspaceId = workspaceId;
		c.code = code;
		return c;
	}

	static Category custom(long workspaceId, String name) {
		Category c = new Category();
		c.workspaceId = workspaceId;
		c.name = name.strip();
		return c;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public StandardCategory getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	/** The message key of a standard category, or null for one the workspace added. */
	public String getLabelKey() {
		return code == null ? null : "standardCategory." + code;
	}

	@Override
	public String historyLabel() {
		return code == null ? name : code.name();
	}
}
