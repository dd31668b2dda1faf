package org.openasm.taskforce;

import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.openasm.workspace.ReadinessItem;

/**
 * Each agency kind the workspace requires (by default mining, land, environment and finance, as the
 * guidance names them) has at least one member on the task force. One check per kind, so the
 * dashboard says exactly which ministry is missing.
 */
class RequiredAgenciesRepresented implements TaskForceRule {

	@Override
	public List<ReadinessItem> check(TaskForceState state) {
		return state.requiredKinds().stream().sorted().map(kind -> {
			boolean met = state.seats().stream().anyMatch(s -> s.agencyKind() == kind);
			return ReadinessItem.check(met, met ? "readiness.agency.met" : "readiness.agency.missing", state.path("/members/new"),
					new DefaultMessageSourceResolvable("agencyKind." + kind));
		}).toList();
	}
}
