package org.openasm.strategy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Step 2.4 for the demo jurisdiction, after its strategy ({@code @Order(50)}): version 1 is finalised
 * (the demo strategy has warnings only), then the finance ministry revises one cost, so the versions
 * page shows draft 2 in progress and what it changes against version 1. A demo strategy with a
 * blocking finding is a bug in the demo data, and stops the demo from being created.
 */
@Component
class VersionDemo {

	/** The instrument whose cost is revised after version 1: the state buying scheme for manual alluvial gold. */
	static final String REVISED = NoContradictions.BUYING_SCHEME;

	private final StrategyVersions versions;

	private final StrategyDraft draft;

	private final StrategyManagement strategies;

	VersionDemo(StrategyVersions versions, StrategyDraft draft, StrategyManagement strategies) {
		this.versions = versions;
		this.draft = draft;
		this.strategies = strategies;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(60)
	void on(WorkspaceCreated event) {
		if (event.demo()) {
			seed(event.workspaceId());
		}
	}

	void seed(long ws) {
		StrategyVersions.Finalisation first = versions.finalise(ws, Locale.ENGLISH);
		if (first.refused()) {
			throw new IllegalStateException("The demo strategy cannot be finalised: "
					+ first.refusedFor().stream().map(f -> f.messageKey() + f.args()).collect(Collectors.joining("; ")));
		}
		Drafted.Chosen scheme = draft.draft(ws, Locale.ENGLISH)
			.ranked()
			.stream()
			.filter(Drafted.TypeDraft::hasStrategy)
			.flatMap(t -> t.strategy().instruments().stream())
			.filter(c -> REVISED.equals(c.instrument().code()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo strategy has no " + REVISED));
		ChosenInstrumentForm revised = new ChosenInstrumentForm();
		revised.setInstrumentId(scheme.instrument().id());
		revised.setAwayFromTechniqueIds(scheme.awayFromTechniqueIds());
		revised.setTowardsTechniqueIds(scheme.towardsTechniqueIds());
		revised.setIssueIds(scheme.issueIds());
		revised.setGoalIds(scheme.goalIds());
		revised.setLeadAgencyId(scheme.leadAgencyId());
		revised.setInputIds(scheme.inputIds());
		revised.setTarget(scheme.target());
		// The finance ministry's review: the pre-financing fund of the buying centres costs a quarter more.
		revised.setEstimatedCost(scheme.estimatedCost() == null ? new BigDecimal("500000")
				: scheme.estimatedCost().multiply(new BigDecimal("1.25")).setScale(0, java.math.RoundingMode.HALF_UP));
		revised.setVersion(scheme.version());
		strategies.editChosen(ws, scheme.id(), revised);
	}
}
