package org.openasm.typology;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** Every type is scored on every criterion; the message names the types still missing a score (three at most, then how many more). */
class EveryTypeScored implements TypologyRule {

	@Override
	public List<ReadinessItem> check(TypologyState state) {
		if (state.types() == 0) {
			return List.of(ReadinessItem.check(false, "typology.readiness.scores.noTypes", state.path("/scores")));
		}
		List<String> missing = state.typesMissingScores();
		if (!missing.isEmpty()) {
			String names = String.join(", ", missing.subList(0, Math.min(3, missing.size())));
			return List.of(ReadinessItem.check(false, "typology.readiness.scores.missing", state.path("/scores"), missing.size(), names,
					Math.max(0, missing.size() - 3)));
		}
		return List.of(ReadinessItem.check(true, "typology.readiness.scores.met", state.path("/scores"), state.types()));
	}
}
