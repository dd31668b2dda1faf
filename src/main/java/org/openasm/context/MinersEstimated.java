package org.openasm.context;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** Every commodity that has recorded sites has an estimate of the number of miners, one item per commodity. */
class MinersEstimated implements ContextRule {

	@Override
	public List<ReadinessItem> check(ContextState state) {
		return state.sitesByCommodity()
			.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> {
				boolean met = state.minersEstimated().contains(e.getKey());
				return ReadinessItem.check(met, "readiness.context.miners." + e.getKey() + (met ? ".met" : ".missing"),
						state.path("/estimates"));
			})
			.toList();
	}
}
