package org.openasm.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A function government performs to manage ASM (licensing, inspection …), against which each agency's
 * capacity is rated. The guidance's list is seeded in the workspace's first language; a workspace adds
 * its own.
 */
@Entity
@Table(name = "context_capacity_function")
@Audited
class CapacityFunction extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	protected CapacityFunction() {
	}

	CapacityFunction(long workspaceId, String name) {
		this.workspaceId = workspaceId;
		this.name = name.strip();
	}

	void rename(String name) {
		this.name = name.strip();
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
}
