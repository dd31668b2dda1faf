package org.openasm.typology;

import java.util.List;
import java.util.Optional;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepReadiness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2.2 is ready when every site is typed, every type is scored on every criterion and a ranking is
 * recorded and up to date; started once a type, a user-defined dimension or a ranking exists. Every page
 * assesses the steps, so the sites are typed from grouped counts ({@link SiteTyping}), never loaded.
 */
@Component
class TypologyReadiness implements StepReadiness {

	static final List<TypologyRule> RULES = List.of(new EverySiteTyped(), new EveryTypeScored(), new RankingRecordedAndCurrent());

	private final SiteTyping typing;

	private final Prioritisation priorities;

	private final DimensionRepository dimensions;

	TypologyReadiness(SiteTyping typing, Prioritisation priorities, DimensionRepository dimensions) {
		this.typing = typing;
		this.priorities = priorities;
		this.dimensions = dimensions;
	}

	@Override
	public Step step() {
		return Step.TYPES_AND_PRIORITIES;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/types";
	}

	@Override
	@Transactional(readOnly = true)
	public StepAssessment assess(long workspaceId) {
		TypologyState state = state(workspaceId);
		boolean started = state.types() > 0 || state.rankingRecorded() || !dimensions.findByWorkspaceIdOrderByName(workspaceId).isEmpty();
		return new StepAssessment(started, RULES.stream().flatMap(rule -> rule.check(state).stream()).toList());
	}

	@Transactional(readOnly = true)
	TypologyState state(long workspaceId) {
		SiteTyping.Typing t = typing.typing(workspaceId);
		Analysis analysis = priorities.analysis(workspaceId, null);
		Optional<RecordedRanking> recorded = priorities.recorded(workspaceId);
		return new TypologyState(workspaceId, t.sites(), t.count(TypeAssignment.Outcome.UNASSIGNED),
				t.count(TypeAssignment.Outcome.AMBIGUOUS), analysis.getTypes().size(),
				analysis.getUnscored().stream().map(SectorType::getName).toList(), recorded.isPresent(),
				recorded.map(r -> !r.getFingerprint().equals(analysis.fingerprint())).orElse(false));
	}
}
