package org.openasm.stakeholders;

import java.util.List;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepReadiness;
import org.springframework.stereotype.Component;

/**
 * Step 1.2 is ready when the forum has terms and a rhythm, has met, counts miners, communities and
 * women's groups among its members, reaches its women's attendance target, keeps its rhythm and
 * answers inputs within 30 days.
 */
@Component
class ForumReadiness implements StepReadiness {

	static final List<ForumRule> RULES = List.of(new HasTermsAndFrequency(), new MeetingHeld(), new EssentialVoicesAmongMembers(),
			new WomenAttendanceAtTarget(), new MeetsRegularly(), new InputsAnswered());

	private final ForumMeasures measures;

	ForumReadiness(ForumMeasures measures) {
		this.measures = measures;
	}

	@Override
	public Step step() {
		return Step.STAKEHOLDER_FORUM;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/forum";
	}

	@Override
	public StepAssessment assess(long workspaceId) {
		ForumState state = measures.state(workspaceId);
		boolean started = state.hasTerms() || !state.meetings().isEmpty() || !state.stakeholders().isEmpty();
		return assess(state, started);
	}

	static StepAssessment assess(ForumState state, boolean started) {
		return new StepAssessment(started, RULES.stream().flatMap(rule -> rule.check(state).stream()).toList());
	}
}
