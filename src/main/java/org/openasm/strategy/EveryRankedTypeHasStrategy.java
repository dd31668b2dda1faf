package org.openasm.strategy;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * Every ranked type has a strategy: acting on it, or an explicit decision not to act or to close it
 * (which cannot be recorded without its reason). The message names the types still without one.
 */
class EveryRankedTypeHasStrategy implements StrategyRule {

	@Override
	public List<ReadinessItem> check(StrategyState state) {
		if (state.ranked().isEmpty()) {
			return List.of();
		}
		List<StrategyState.Ranked> missing = state.ranked().stream().filter(t -> !t.hasStrategy()).toList();
		if (!missing.isEmpty()) {
			return List.of(ReadinessItem.check(false, "strategy.readiness.strategy.missing", state.typePath(missing.get(0).typeId()),
					StrategyRule.named(missing)));
		}
		return List.of(ReadinessItem.check(true, "strategy.readiness.strategy.met", state.path(""), state.ranked().size()));
	}
}
