package org.openasm.context;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * The supply chain has at least one flow for each main commodity (one with at least 10% of the
 * recorded sites); before any site is recorded, at least one flow.
 */
class ChainCoversMainCommodities implements ContextRule {

	@Override
	public List<ReadinessItem> check(ContextState state) {
		if (state.sites() == 0) {
			boolean met = !state.commoditiesWithFlows().isEmpty();
			return List.of(ReadinessItem.check(met, met ? "readiness.context.chain.met" : "readiness.context.chain.none",
					state.path("/supply-chain")));
		}
		return state.mainCommodities().stream().map(c -> {
			boolean met = state.commoditiesWithFlows().contains(c);
			return ReadinessItem.check(met, "readiness.context.chain." + c + (met ? ".met" : ".missing"), state.path("/supply-chain"));
		}).toList();
	}
}
