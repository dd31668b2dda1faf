package org.openasm.strategy;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** Every ranked type acted on has its economics approach decided: land, supply-chain initiatives and services each a yes or a no. */
class EconomicsApproachDecided implements StrategyRule {

	@Override
	public List<ReadinessItem> check(StrategyState state) {
		List<StrategyState.Ranked> acting = state.ranked().stream().filter(StrategyState.Ranked::acting).toList();
		if (acting.isEmpty()) {
			return List.of();
		}
		List<StrategyState.Ranked> undecided = acting.stream().filter(t -> !t.economicsComplete()).toList();
		if (!undecided.isEmpty()) {
			return List.of(ReadinessItem.check(false, "strategy.readiness.economics.missing", state.typePath(undecided.get(0).typeId()),
					StrategyRule.named(undecided)));
		}
		return List.of(ReadinessItem.check(true, "strategy.readiness.economics.met", state.path(""), acting.size()));
	}
}
