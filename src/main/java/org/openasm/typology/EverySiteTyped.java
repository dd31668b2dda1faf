package org.openasm.typology;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * Every recorded site belongs to a type: none unassigned (matching no type) and none ambiguous (tied
 * between types). Without sites, the context analysis's site register is where to start; without types,
 * the first type; otherwise the message says how many sites are not typed and links to the page that
 * lists them with their fixes.
 */
class EverySiteTyped implements TypologyRule {

	@Override
	public List<ReadinessItem> check(TypologyState state) {
		if (state.sites() == 0) {
			return List.of(ReadinessItem.check(false, "typology.readiness.sites.none",
					"/workspaces/" + state.workspaceId() + "/context/sites"));
		}
		if (state.types() == 0) {
			return List.of(ReadinessItem.check(false, "typology.readiness.types.none", state.path("/new")));
		}
		int untyped = state.unassigned() + state.ambiguous();
		if (untyped > 0) {
			return List.of(ReadinessItem.check(false, "typology.readiness.sites.untyped", state.path("/problems"), untyped,
					state.sites(), state.unassigned(), state.ambiguous()));
		}
		return List.of(ReadinessItem.check(true, "typology.readiness.sites.met", state.path(""), state.sites(), state.types()));
	}
}
