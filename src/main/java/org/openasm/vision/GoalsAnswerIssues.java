package org.openasm.vision;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** At least one goal, and every goal says which significant issue it answers (the unlinked ones are named). */
class GoalsAnswerIssues implements VisionRule {

	@Override
	public List<ReadinessItem> check(VisionState state) {
		if (state.goals().isEmpty()) {
			return List.of(ReadinessItem.check(false, "vision.readiness.goal.none", state.path("/goals/new")));
		}
		List<VisionState.GoalLine> unlinked = state.goals().stream().filter(g -> g.issues() == 0).toList();
		if (unlinked.isEmpty()) {
			return List.of(ReadinessItem.check(true, "vision.readiness.goal.met", state.path(""), state.goals().size()));
		}
		return List.of(ReadinessItem.check(false, "vision.readiness.goal.unlinked",
				state.path("/goals/" + unlinked.get(0).id() + "/edit"),
				String.join(", ", unlinked.stream().map(VisionState.GoalLine::title).toList())));
	}
}
