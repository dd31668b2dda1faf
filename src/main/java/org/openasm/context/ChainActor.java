package org.openasm.context;

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
 * Someone who handles a commodity on its way from the pit to the border (a group of miners, a
 * processing centre, a buying centre, the state buyer, a neighbouring country's market …), placed in an
 * area if it has one.
 */
@Entity
@Table(name = "context_chain_actor")
@Audited
class ChainActor extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ChainActorKind kind;

	@Column(name = "area_id")
	private Long areaId;

	@Column(length = 4000)
	private String notes;

	protected ChainActor() {
	}

	ChainActor(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(ChainActorForm f) {
		this.name = f.getName().strip();
		this.kind = f.getKind();
		this.areaId = f.getAreaId();
		this.notes = blankToNull(f.getNotes());
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
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

	public ChainActorKind getKind() {
		return kind;
	}

	public Long getAreaId() {
		return areaId;
	}

	public String getNotes() {
		return notes;
	}
}
