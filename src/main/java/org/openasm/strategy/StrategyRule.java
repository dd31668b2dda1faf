package org.openasm.strategy;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** One of the readiness rules of step 2.3. */
interface StrategyRule {

	List<ReadinessItem> check(StrategyState state);

	/** The names of the first three types, then how many more: “A, B, C” and 2. */
	static Object[] named(List<StrategyState.Ranked> types) {
		List<String> names = types.stream().limit(3).map(StrategyState.Ranked::name).toList();
		return new Object[] { types.size(), String.join(", ", names), Math.max(0, types.size() - 3) };
	}
}
