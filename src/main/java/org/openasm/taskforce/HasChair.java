package org.openasm.taskforce;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** Someone must chair the task force. */
class HasChair implements TaskForceRule {

	@Override
	public List<ReadinessItem> check(TaskForceState state) {
		boolean met = state.seats().stream().anyMatch(s -> s.role() == MemberRole.CHAIR);
		return List.of(ReadinessItem.check(met, met ? "readiness.chair.met" : "readiness.chair.missing", state.path("/members/new")));
	}
}
