package org.openasm.stakeholders;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * No stretch without a meeting longer than the planned frequency in the last twelve months, counting
 * the time since the last meeting. Without a planned frequency, or before the first meeting, there is
 * nothing to be regular against, so the rule is not met.
 */
class MeetsRegularly implements ForumRule {

	@Override
	public List<ReadinessItem> check(ForumState state) {
		List<ForumState.Held> held = state.held();
		if (state.frequency() == null || held.isEmpty()) {
			return List.of(ReadinessItem.check(false, "readiness.forum.regular.unknown", state.path("/settings")));
		}
		List<Regularity.Gap> gaps = Regularity.gaps(held.stream().map(ForumState.Held::heldOn).toList(), state.frequency(),
				state.today().minusYears(1), state.today());
		boolean met = gaps.isEmpty();
		return List.of(ReadinessItem.check(met, met ? "readiness.forum.regular.met" : "readiness.forum.regular.missing",
				state.path("/meetings/new"), gaps.size()));
	}
}
