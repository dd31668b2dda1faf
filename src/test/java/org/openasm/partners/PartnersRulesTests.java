package org.openasm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.partners.PartnersState.Engagement;
import org.openasm.workspace.ReadinessItem;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepStatus;

/** The readiness rule of step 1.4, without Spring or a database. */
class PartnersRulesTests {

	static final long WORKSPACE = 42;

	static PartnersState partners(Engagement... partners) {
		return new PartnersState(WORKSPACE, List.of(partners));
	}

	static Engagement partner(long id, String name, EngagementStatus status, Set<HelpArea> areas) {
		return new Engagement(id, name, status, areas);
	}

	static final Set<HelpArea> NONE = EnumSet.noneOf(HelpArea.class);

	@Test
	void noPartnersIsNotStartedAndAsksForPartnersOnTheNewPartnerPage() {
		StepAssessment assessment = PartnersReadiness.assess(partners());
		assertThat(assessment.started()).isFalse();
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(assessment.items()).singleElement().satisfies(item -> {
			assertThat(item.met()).isFalse();
			assertThat(item.messageKey()).isEqualTo("partners.readiness.none");
			assertThat(item.fixPath()).isEqualTo("/workspaces/42/partners/new");
		});
	}

	@Test
	void partnersOnlyIdentifiedOrContactedAreInProgressAndAskForAnEngagement() {
		StepAssessment assessment = PartnersReadiness.assess(partners(
				partner(1, "Multilateral ASM Facility", EngagementStatus.IDENTIFIED, EnumSet.of(HelpArea.FINANCE)),
				partner(2, "Kessan Gold Refinery", EngagementStatus.CONTACTED, EnumSet.of(HelpArea.MONITOR))));
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.IN_PROGRESS);
		ReadinessItem item = assessment.items().get(0);
		assertThat(item.met()).isFalse();
		assertThat(item.messageKey()).isEqualTo("partners.readiness.engaged.missing");
		assertThat(item.fixPath()).isEqualTo("/workspaces/42/partners");
	}

	@Test
	void anEngagedPartnerWithoutAnAreaOfHelpIsNotEnoughAndTheCheckLinksToItsForm() {
		StepAssessment assessment = PartnersReadiness.assess(partners(
				partner(7, "Caisse méridienne de microfinance", EngagementStatus.ENGAGED, NONE),
				partner(8, "Kessan Gold Refinery", EngagementStatus.CONTACTED, EnumSet.of(HelpArea.MONITOR))));
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.IN_PROGRESS);
		ReadinessItem item = assessment.items().get(0);
		assertThat(item.messageKey()).isEqualTo("partners.readiness.engaged.noHelp");
		assertThat(item.args()).containsExactly("Caisse méridienne de microfinance");
		assertThat(item.fixPath()).isEqualTo("/workspaces/42/partners/7/edit");
	}

	@Test
	void anEngagedPartnerWithAnAreaOfHelpMakesTheStepReady() {
		StepAssessment assessment = PartnersReadiness.assess(partners(
				partner(1, "Multilateral ASM Facility", EngagementStatus.IDENTIFIED, NONE),
				partner(2, "Meridia–Nordland Development Cooperation", EngagementStatus.ENGAGED, EnumSet.of(HelpArea.DESIGN))));
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.READY);
		assertThat(assessment.items()).singleElement().satisfies(item -> {
			assertThat(item.met()).isTrue();
			assertThat(item.args()).containsExactly("Meridia–Nordland Development Cooperation");
		});
	}

	@Test
	void aSignedAgreementCountsAsEngaged() {
		StepAssessment assessment = PartnersReadiness.assess(partners(
				partner(3, "Terres Vivantes", EngagementStatus.AGREEMENT_SIGNED, EnumSet.of(HelpArea.MONITOR))));
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.READY);
	}

	@Test
	void helpByAPartnerNotYetEngagedDoesNotCountForAnotherWhoIsEngaged() {
		// One partner is engaged but says nothing of its help; another helps but is only contacted.
		StepAssessment assessment = PartnersReadiness.assess(partners(
				partner(1, "A", EngagementStatus.ENGAGED, NONE),
				partner(2, "B", EngagementStatus.CONTACTED, EnumSet.allOf(HelpArea.class))));
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.IN_PROGRESS);
	}
}
