package org.openasm.stakeholders;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** The forum has written terms of reference and says how often it meets. */
class HasTermsAndFrequency implements ForumRule {

	@Override
	public List<ReadinessItem> check(ForumState state) {
		boolean frequency = state.frequency() != null;
		return List.of(
				ReadinessItem.check(state.hasTerms(), state.hasTerms() ? "readiness.forum.terms.met" : "readiness.forum.terms.missing",
						state.path("/settings")),
				ReadinessItem.check(frequency, frequency ? "readiness.forum.frequency.met" : "readiness.forum.frequency.missing",
						state.path("/settings")));
	}
}
