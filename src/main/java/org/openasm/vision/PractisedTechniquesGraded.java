package org.openasm.vision;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * Every technique practised at a recorded site has the government's grade; the ungraded ones are
 * named. With no technique linked to a site yet, the check asks for the links first.
 */
class PractisedTechniquesGraded implements VisionRule {

	@Override
	public List<ReadinessItem> check(VisionState state) {
		if (state.practisedTechniques() == 0) {
			return List.of(ReadinessItem.check(false, "vision.readiness.techniques.noLinks", state.path("/techniques")));
		}
		if (state.ungradedPractised().isEmpty()) {
			return List.of(ReadinessItem.check(true, "vision.readiness.techniques.met", state.path("/techniques"), state.practisedTechniques()));
		}
		return List.of(ReadinessItem.check(false, "vision.readiness.techniques.ungraded", state.path("/techniques?ungraded=true"),
				state.ungradedPractised().size(), String.join(", ", state.ungradedPractised())));
	}
}
