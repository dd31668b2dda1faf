package org.openasm.partners;

import java.util.List;
import java.util.Optional;
import org.openasm.workspace.ReadinessItem;

/**
 * At least one partner is engaged (or has signed an agreement) and has said where it helps: design,
 * finance, implementation or monitoring. A partner only identified or contacted, or one engaged with
 * no area of help recorded, is not yet someone the strategy can count on. The message says which of
 * the two is missing and links to the page that fixes it.
 */
class HasEngagedPartnerWithHelp implements PartnersRule {

	@Override
	public List<ReadinessItem> check(PartnersState state) {
		Optional<PartnersState.Engagement> ready = state.partners()
			.stream()
			.filter(p -> p.status().engaged() && !p.areas().isEmpty())
			.findFirst();
		if (ready.isPresent()) {
			return List.of(ReadinessItem.check(true, "partners.readiness.engaged.met", state.path(""), ready.get().name()));
		}
		Optional<PartnersState.Engagement> engaged = state.partners().stream().filter(p -> p.status().engaged()).findFirst();
		if (engaged.isPresent()) {
			return List.of(ReadinessItem.check(false, "partners.readiness.engaged.noHelp",
					state.path("/" + engaged.get().id() + "/edit"), engaged.get().name()));
		}
		if (state.partners().isEmpty()) {
			return List.of(ReadinessItem.check(false, "partners.readiness.none", state.path("/new")));
		}
		return List.of(ReadinessItem.check(false, "partners.readiness.engaged.missing", state.path("")));
	}
}
