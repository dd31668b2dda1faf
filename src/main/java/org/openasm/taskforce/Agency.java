package org.openasm.taskforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/** A ministry, agency or department that can sit on the task force. */
@Entity
@Table(name = "taskforce_agency")
@Audited
class Agency extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AgencyKind kind;

	protected Agency() {
	}

	Agency(Long workspaceId, String name, AgencyKind kind) {
		this.workspaceId = workspaceId;
		this.name = name.strip();
		this.kind = kind;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public String getName() {
		return name;
	}

	public AgencyKind getKind() {
		return kind;
	}

	@Override
	public String historyLabel() {
		return name;
	}
}
