package org.openasm.strategy;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** Every ranked type acted on has an approach to impacts and at least one instrument chosen to carry it. */
class ImpactsApproachChosen implements StrategyRule {

	@Override
	public List<ReadinessItem> check(StrategyState state) {
		List<StrategyState.Ranked> acting = state.ranked().stream().filter(StrategyState.Ranked::acting).toList();
		if (acting.isEmpty()) {
			return List.of();
		}
		List<StrategyState.Ranked> missing = acting.stream().filter(t -> !t.impactsComplete()).toList();
		if (!missing.isEmpty()) {
			return List.of(ReadinessItem.check(false, "strategy.readiness.impacts.missing", state.typePath(missing.get(0).typeId()),
					StrategyRule.named(missing)));
		}
		return List.of(ReadinessItem.check(true, "strategy.readiness.impacts.met", state.path(""), acting.size()));
	}
}
