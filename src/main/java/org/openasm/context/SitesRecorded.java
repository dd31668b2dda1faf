package org.openasm.context;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** At least one mine site is recorded. */
class SitesRecorded implements ContextRule {

	@Override
	public List<ReadinessItem> check(ContextState state) {
		boolean met = state.sites() > 0;
		return List.of(ReadinessItem.check(met, met ? "readiness.context.sites.met" : "readiness.context.sites.missing",
				state.path("/sites"), state.sites()));
	}
}
