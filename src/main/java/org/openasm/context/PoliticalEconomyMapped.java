package org.openasm.context;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** At least one political-economy actor is described. */
class PoliticalEconomyMapped implements ContextRule {

	@Override
	public List<ReadinessItem> check(ContextState state) {
		boolean met = state.politicalActors() > 0;
		return List.of(ReadinessItem.check(met, met ? "readiness.context.political.met" : "readiness.context.political.missing",
				state.path("/political-economy")));
	}
}
