package org.openasm.strategy;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** Step 2.2 has recorded a ranking with at least one type: the strategy is made for the ranked types. */
class RankedTypesToStrategise implements StrategyRule {

	@Override
	public List<ReadinessItem> check(StrategyState state) {
		String fix = "/workspaces/" + state.workspaceId() + "/types/ranking";
		if (!state.rankingRecorded() || state.ranked().isEmpty()) {
			return List.of(ReadinessItem.check(false, "strategy.readiness.ranking.missing", fix));
		}
		return List.of(ReadinessItem.check(true, "strategy.readiness.ranking.met", fix, state.ranked().size()));
	}
}
