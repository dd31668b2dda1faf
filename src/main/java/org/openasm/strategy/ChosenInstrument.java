package org.openasm.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * An instrument chosen in a type's strategy: the techniques it moves the type away from and the good
 * ones it moves it towards, the issues and goals of the vision it serves, the lead agency of the task
 * force, what it is estimated to cost, the stakeholder inputs of step 1.2 that informed it, and the
 * target it should reach. Ids of other modules' records are kept as comma-separated columns.
 */
@Entity(name = "ChosenInstrument")
@Table(name = "strategy_chosen_instrument")
@Audited
class ChosenInstrument extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "type_strategy_id", nullable = false)
	private TypeStrategy typeStrategy;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "instrument_id", nullable = false)
	private Instrument instrument;

	@Column(name = "away_from_technique_ids", nullable = false, length = 2000)
	private String awayFromTechniqueIds = "";

	@Column(name = "towards_technique_ids", nullable = false, length = 2000)
	private String towardsTechniqueIds = "";

	@Column(name = "issue_ids", nullable = false, length = 2000)
	private String issueIds = "";

	@Column(name = "goal_ids", nullable = false, length = 2000)
	private String goalIds = "";

	@Column(name = "lead_agency_id")
	private Long leadAgencyId;

	@Column(name = "estimated_cost", precision = 16, scale = 2)
	private BigDecimal estimatedCost;

	@Column(name = "input_ids", nullable = false, length = 2000)
	private String inputIds = "";

	@Column(length = 2000)
	private String target;

	protected ChosenInstrument() {
	}

	ChosenInstrument(TypeStrategy typeStrategy, Instrument instrument) {
		this.workspaceId = typeStrategy.getWorkspaceId();
		this.typeStrategy = typeStrategy;
		this.instrument = instrument;
	}

	void describe(Set<Long> awayFrom, Set<Long> towards, Set<Long> issues, Set<Long> goals, Long leadAgencyId, BigDecimal estimatedCost,
			Set<Long> inputs, String target) {
		this.awayFromTechniqueIds = Columns.ids(awayFrom);
		this.towardsTechniqueIds = Columns.ids(towards);
		this.issueIds = Columns.ids(issues);
		this.goalIds = Columns.ids(goals);
		this.leadAgencyId = leadAgencyId;
		this.estimatedCost = estimatedCost;
		this.inputIds = Columns.ids(inputs);
		this.target = Columns.blankToNull(target);
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return instrument.historyLabel();
	}

	public TypeStrategy getTypeStrategy() {
		return typeStrategy;
	}

	public Instrument getInstrument() {
		return instrument;
	}

	public Set<Long> getAwayFromTechniqueIdSet() {
		return Columns.ids(awayFromTechniqueIds);
	}

	public Set<Long> getTowardsTechniqueIdSet() {
		return Columns.ids(towardsTechniqueIds);
	}

	public Set<Long> getIssueIdSet() {
		return Columns.ids(issueIds);
	}

	public Set<Long> getGoalIdSet() {
		return Columns.ids(goalIds);
	}

	public Long getLeadAgencyId() {
		return leadAgencyId;
	}

	public BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	public Set<Long> getInputIdSet() {
		return Columns.ids(inputIds);
	}

	public String getTarget() {
		return target;
	}
}
