package org.openasm.strategy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule 4, blocking: every goal of the vision is served by at least one instrument of some type's
 * strategy. Blocking because the goals are the government's commitments of step 2.1: a final strategy
 * with a goal that nothing serves drops a commitment without saying so. Either an instrument serves it
 * or the goal is revised in the vision, which is a record too.
 */
class GoalsServed implements CoherenceRule {

	static final String CODE = "GOALS_SERVED";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<CoherenceFinding> check(CoherenceInput input) {
		Set<Long> served = new HashSet<>();
		input.draft().types().stream()
			.filter(Drafted.TypeDraft::hasStrategy)
			.flatMap(t -> t.strategy().instruments().stream())
			.forEach(c -> served.addAll(c.goalIds()));
		return input.goals().stream()
			.filter(g -> !served.contains(g.id()))
			.map(g -> CoherenceFinding.blocking(CODE, null, input.path("/vision/goals/" + g.id() + "/edit"),
					"strategy.coherence.goal.unserved", g.title()))
			.toList();
	}
}
