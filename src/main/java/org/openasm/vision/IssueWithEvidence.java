package org.openasm.vision;

import java.util.List;
import java.util.Optional;
import org.openasm.workspace.ReadinessItem;

/**
 * At least one significant issue is recorded with evidence from the context records. With no issue
 * the check asks for one; with issues but no evidence it names the first issue to back.
 */
class IssueWithEvidence implements VisionRule {

	@Override
	public List<ReadinessItem> check(VisionState state) {
		Optional<VisionState.IssueLine> backed = state.issues().stream().filter(i -> i.evidence() > 0).findFirst();
		if (backed.isPresent()) {
			return List.of(ReadinessItem.check(true, "vision.readiness.issue.met", state.path("/issues/" + backed.get().id()),
					backed.get().title()));
		}
		if (state.issues().isEmpty()) {
			return List.of(ReadinessItem.check(false, "vision.readiness.issue.none", state.path("/issues/new")));
		}
		VisionState.IssueLine first = state.issues().get(0);
		return List.of(ReadinessItem.check(false, "vision.readiness.issue.noEvidence", state.path("/issues/" + first.id()), first.title()));
	}
}
