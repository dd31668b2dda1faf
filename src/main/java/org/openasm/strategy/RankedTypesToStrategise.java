package org.openasm.strategy;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * Step 2.2 has recorded a ranking with at least one type: the strategy is made for the ranked types.
 * Said only while it is missing, so a ranking alone does not make step 2.3 look started.
 */
class RankedTypesToStrategise implements StrategyRule {

	@Override
	public List<ReadinessItem> check(StrategyState state) {
		String fix = "/workspaces/" + state.workspaceId() + "/types/ranking";
		if (!state.rankingRecorded() || state.ranked().isEmpty()) {
			return List.of(ReadinessItem.check(false, "strategy.readiness.ranking.missing", fix));
		}
		return List.of();
	}
}
