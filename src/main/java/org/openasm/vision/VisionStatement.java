package org.openasm.vision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/** The vision statement: one per workspace, every edit kept in its history. */
@Entity(name = "VisionStatement")
@Table(name = "vision_statement")
@Audited
class VisionStatement extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 8000)
	private String statement;

	protected VisionStatement() {
	}

	VisionStatement(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void write(String statement) {
		this.statement = statement.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		String first = statement.length() > 60 ? statement.substring(0, 60) + "…" : statement;
		return first;
	}

	public String getStatement() {
		return statement;
	}
}
