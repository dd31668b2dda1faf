package org.openasm.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * How a workspace tunes the coherence check: the distance from the jurisdiction's border, in whole
 * kilometres, within which a type's sites call for a transboundary measure. A workspace without a row
 * uses {@link #DEFAULT_BORDER_KM}.
 */
@Entity(name = "StrategySettings")
@Table(name = "strategy_settings")
@Audited
class StrategySettings extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	static final int DEFAULT_BORDER_KM = 10;

	static final int MAX_BORDER_KM = 500;

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "border_distance_km", nullable = false)
	private int borderDistanceKm = DEFAULT_BORDER_KM;

	protected StrategySettings() {
	}

	StrategySettings(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public int getBorderDistanceKm() {
		return borderDistanceKm;
	}

	void borderDistance(int km) {
		this.borderDistanceKm = km;
	}

	@Override
	public String historyLabel() {
		return borderDistanceKm + " km";
	}
}
