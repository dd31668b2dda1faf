package org.openasm.typology;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * A ranking is recorded and still made of today's weights and scores; one recorded before a weight or
 * a score changed is out of date and must be recorded again.
 */
class RankingRecordedAndCurrent implements TypologyRule {

	@Override
	public List<ReadinessItem> check(TypologyState state) {
		if (!state.rankingRecorded()) {
			return List.of(ReadinessItem.check(false, "typology.readiness.ranking.none", state.path("/ranking")));
		}
		if (state.rankingOutOfDate()) {
			return List.of(ReadinessItem.check(false, "typology.readiness.ranking.stale", state.path("/ranking")));
		}
		return List.of(ReadinessItem.check(true, "typology.readiness.ranking.met", state.path("/ranking")));
	}
}
