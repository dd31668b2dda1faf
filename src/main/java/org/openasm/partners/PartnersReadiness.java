package org.openasm.partners;

import java.util.List;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepReadiness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Step 1.4 is ready when a partner is engaged and has said where it helps; started once any partner is recorded. */
@Component
class PartnersReadiness implements StepReadiness {

	private static final List<PartnersRule> RULES = List.of(new HasEngagedPartnerWithHelp());

	private final PartnerRepository partners;

	PartnersReadiness(PartnerRepository partners) {
		this.partners = partners;
	}

	@Override
	public Step step() {
		return Step.PARTNERS;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/partners";
	}

	@Override
	@Transactional(readOnly = true)
	public StepAssessment assess(long workspaceId) {
		return assess(PartnersState.of(workspaceId, partners.findByWorkspaceIdOrderByName(workspaceId)));
	}

	static StepAssessment assess(PartnersState state) {
		return new StepAssessment(!state.partners().isEmpty(),
				RULES.stream().flatMap(rule -> rule.check(state).stream()).toList());
	}
}
