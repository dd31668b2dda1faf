package org.openasm.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule 8: every chosen instrument has a lead agency (blocking: otherwise no one is answerable for it),
 * and that agency sits on the task force, with at least one member (a warning: the instrument can
 * still be led, but the task force cannot coordinate it).
 */
class LeadAgenciesOnTaskForce implements CoherenceRule {

	static final String CODE = "LEAD_AGENCIES_ON_TASK_FORCE";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<CoherenceFinding> check(CoherenceInput input) {
		List<CoherenceFinding> findings = new ArrayList<>();
		for (Drafted.TypeDraft t : input.draft().types()) {
			if (!t.hasStrategy()) {
				continue;
			}
			for (Drafted.Chosen c : t.strategy().instruments()) {
				Long lead = c.leadAgencyId();
				if (lead == null || !input.agencies().containsKey(lead)) {
					findings.add(CoherenceFinding.blocking(CODE, t.type().id(), input.chosenPage(t.type().id(), c.id()),
							"strategy.coherence.lead.none", c.instrument().name(), t.type().name()));
				}
				else if (!input.represented().contains(lead)) {
					findings.add(CoherenceFinding.warning(CODE, t.type().id(), input.path("/taskforce"),
							"strategy.coherence.lead.notOnTaskForce", input.agencies().get(lead), c.instrument().name(), t.type().name()));
				}
			}
		}
		return findings;
	}
}
