package org.openasm.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * What passes from one actor to another in a year: a commodity, an estimated volume in a unit, its
 * value in the workspace currency if known, through a formal or informal channel, across a border or
 * not, and where the estimate comes from.
 */
@Entity
@Table(name = "context_chain_flow")
@Audited
class ChainFlow extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "from_actor_id", nullable = false)
	private ChainActor fromActor;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "to_actor_id", nullable = false)
	private ChainActor toActor;

	/** Named apart from other records' "commodity" so the history labels of the context module never collide. */
	@Enumerated(EnumType.STRING)
	@Column(name = "commodity", nullable = false, length = 40)
	private Commodity flowCommodity;

	@Column(name = "volume_per_year", nullable = false, precision = 18, scale = 3)
	private BigDecimal volumePerYear;

	@Column(name = "volume_unit", nullable = false, length = 20)
	private String volumeUnit;

	@Column(name = "value_per_year", precision = 18, scale = 2)
	private BigDecimal valuePerYear;

	@Column(nullable = false)
	private boolean formal;

	@Column(name = "cross_border", nullable = false)
	private boolean crossBorder;

	@Column(name = "source", length = 500)
	private String flowSource;

	@Column(length = 4000)
	private String notes;

	protected ChainFlow() {
	}

	ChainFlow(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(ChainFlowForm f, ChainActor from, ChainActor to) {
		this.fromActor = from;
		this.toActor = to;
		this.flowCommodity = f.getCommodity();
		this.volumePerYear = f.getVolumePerYear();
		this.volumeUnit = f.getUnit().strip();
		this.valuePerYear = f.getValuePerYear();
		this.formal = f.isFormal();
		this.crossBorder = f.isCrossBorder();
		this.flowSource = ChainActor.blankToNull(f.getSource());
		this.notes = ChainActor.blankToNull(f.getNotes());
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return fromActor.getName() + " → " + toActor.getName();
	}

	public ChainActor getFromActor() {
		return fromActor;
	}

	public ChainActor getToActor() {
		return toActor;
	}

	public Commodity getCommodity() {
		return flowCommodity;
	}

	public BigDecimal getVolumePerYear() {
		return volumePerYear;
	}

	public String getUnit() {
		return volumeUnit;
	}

	public BigDecimal getValuePerYear() {
		return valuePerYear;
	}

	public boolean isFormal() {
		return formal;
	}

	public boolean isCrossBorder() {
		return crossBorder;
	}

	public String getSource() {
		return flowSource;
	}

	public String getNotes() {
		return notes;
	}
}
