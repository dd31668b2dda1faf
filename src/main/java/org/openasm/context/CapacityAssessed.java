package org.openasm.context;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** Every agency of the task force has its capacity assessed for at least one function. */
class CapacityAssessed implements ContextRule {

	@Override
	public List<ReadinessItem> check(ContextState state) {
		boolean met = state.agencies() > 0 && state.unassessedAgencies().isEmpty();
		return List.of(ReadinessItem.check(met, met ? "readiness.context.capacity.met" : "readiness.context.capacity.missing",
				state.path("/capacity"), String.join(", ", state.unassessedAgencies())));
	}
}
