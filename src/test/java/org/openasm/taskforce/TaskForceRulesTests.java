package org.openasm.taskforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.taskforce.TaskForceState.Seat;
import org.openasm.workspace.ReadinessItem;
import org.openasm.workspace.StepStatus;
import org.springframework.context.MessageSourceResolvable;

/** The readiness rules of step 1.1, without Spring or a database. */
class TaskForceRulesTests {

	static final long WORKSPACE = 42;

	static final Set<AgencyKind> GUIDANCE_MINIMUM = EnumSet.of(AgencyKind.MINING, AgencyKind.LAND, AgencyKind.ENVIRONMENT,
			AgencyKind.FINANCE);

	// Fixtures, in the guidance's terms

	static TaskForceState anEmptyTaskForce() {
		return new TaskForceState(WORKSPACE, false, null, null, null, GUIDANCE_MINIMUM, List.of());
	}

	/** A chair from mines and a land registrar; terms drafted but not approved; no finance or environment; no budget. */
	static TaskForceState aHalfFormedTaskForce() {
		return new TaskForceState(WORKSPACE, true, null, null, null, GUIDANCE_MINIMUM,
				List.of(new Seat(MemberRole.CHAIR, AgencyKind.MINING), new Seat(MemberRole.MEMBER, AgencyKind.LAND)));
	}

	static TaskForceState aCompleteTaskForce() {
		return new TaskForceState(WORKSPACE, true, LocalDate.of(2026, 3, 2), "Council of Ministers", new BigDecimal("250000.00"),
				GUIDANCE_MINIMUM,
				List.of(new Seat(MemberRole.CHAIR, AgencyKind.MINING), new Seat(MemberRole.SECRETARIAT, AgencyKind.MINING),
						new Seat(MemberRole.MEMBER, AgencyKind.LAND), new Seat(MemberRole.MEMBER, AgencyKind.ENVIRONMENT),
						new Seat(MemberRole.MEMBER, AgencyKind.FINANCE)));
	}

	static TaskForceState with(TaskForceState s, List<Seat> seats) {
		return new TaskForceState(s.workspaceId(), s.mandateText(), s.approvalDate(), s.approvingAuthority(), s.budget(),
				s.requiredKinds(), seats);
	}

	static TaskForceState withMandate(TaskForceState s, boolean terms, LocalDate date, String authority) {
		return new TaskForceState(s.workspaceId(), terms, date, authority, s.budget(), s.requiredKinds(), s.seats());
	}

	static TaskForceState withBudget(TaskForceState s, BigDecimal budget) {
		return new TaskForceState(s.workspaceId(), s.mandateText(), s.approvalDate(), s.approvingAuthority(), budget,
				s.requiredKinds(), s.seats());
	}

	static TaskForceState requiring(TaskForceState s, Set<AgencyKind> kinds) {
		return new TaskForceState(s.workspaceId(), s.mandateText(), s.approvalDate(), s.approvingAuthority(), s.budget(), kinds,
				s.seats());
	}

	static ReadinessItem only(List<ReadinessItem> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	// HasChair

	@Test
	void aTaskForceWithoutAChairIsMissingOneAndPointsToTheNewMemberPage() {
		ReadinessItem item = only(new HasChair().check(with(aCompleteTaskForce(), List.of(new Seat(MemberRole.MEMBER,
				AgencyKind.MINING), new Seat(MemberRole.SECRETARIAT, AgencyKind.LAND)))));
		assertThat(item.met()).isFalse();
		assertThat(item.messageKey()).isEqualTo("readiness.chair.missing");
		assertThat(item.fixPath()).isEqualTo("/workspaces/42/taskforce/members/new");
	}

	@Test
	void aSeatedChairMeetsTheChairCheck() {
		ReadinessItem item = only(new HasChair().check(aHalfFormedTaskForce()));
		assertThat(item.met()).isTrue();
		assertThat(item.messageKey()).isEqualTo("readiness.chair.met");
	}

	// HasApprovedMandate

	@Test
	void noTermsOfReferenceIsReportedBeforeAnyApproval() {
		ReadinessItem item = only(new HasApprovedMandate().check(withMandate(aCompleteTaskForce(), false, LocalDate.of(2026, 3, 2),
				"Council of Ministers")));
		assertThat(item.met()).isFalse();
		assertThat(item.messageKey()).isEqualTo("readiness.mandate.noTerms");
		assertThat(item.fixPath()).isEqualTo("/workspaces/42/taskforce/mandate");
	}

	@Test
	void termsWithoutADateOrWithoutAnAuthorityAreNotApproved() {
		TaskForceState complete = aCompleteTaskForce();
		for (TaskForceState partial : List.of(withMandate(complete, true, null, null),
				withMandate(complete, true, LocalDate.of(2026, 3, 2), null), withMandate(complete, true, null, "Council of Ministers"))) {
			ReadinessItem item = only(new HasApprovedMandate().check(partial));
			assertThat(item.met()).isFalse();
			assertThat(item.messageKey()).isEqualTo("readiness.mandate.notApproved");
		}
	}

	@Test
	void termsApprovedOnADateByANamedAuthorityMeetTheMandateCheckAndNameTheAuthority() {
		ReadinessItem item = only(new HasApprovedMandate().check(aCompleteTaskForce()));
		assertThat(item.met()).isTrue();
		assertThat(item.messageKey()).isEqualTo("readiness.mandate.met");
		assertThat(item.args()).containsExactly("Council of Ministers");
	}

	// RequiredAgenciesRepresented

	@Test
	void eachRequiredMinistryIsItsOwnCheckSoTheDashboardSaysWhichIsMissing() {
		List<ReadinessItem> items = new RequiredAgenciesRepresented().check(aHalfFormedTaskForce());
		assertThat(items).hasSize(4);
		assertThat(items).extracting(i -> kindOf(i) + "=" + i.met())
			.containsExactly("MINING=true", "LAND=true", "FINANCE=false", "ENVIRONMENT=false");
		assertThat(items).filteredOn(ReadinessItem::met).extracting(ReadinessItem::messageKey).containsOnly("readiness.agency.met");
		assertThat(items).filteredOn(i -> !i.met())
			.extracting(ReadinessItem::messageKey)
			.containsOnly("readiness.agency.missing");
		assertThat(items).extracting(ReadinessItem::fixPath).containsOnly("/workspaces/42/taskforce/members/new");
	}

	@Test
	void aSecretariatSeatCountsAsRepresentationLikeAnyOther() {
		List<ReadinessItem> items = new RequiredAgenciesRepresented().check(requiring(
				with(anEmptyTaskForce(), List.of(new Seat(MemberRole.SECRETARIAT, AgencyKind.WATER))), EnumSet.of(AgencyKind.WATER)));
		assertThat(only(items).met()).isTrue();
	}

	@Test
	void aWorkspaceThatRequiresNoAgencyHasNoAgencyChecks() {
		assertThat(new RequiredAgenciesRepresented().check(requiring(anEmptyTaskForce(), EnumSet.noneOf(AgencyKind.class))))
			.isEmpty();
	}

	// HasBudget

	@Test
	void noBudgetOrAZeroBudgetIsMissingAndPointsToTheResourcesPage() {
		for (BigDecimal budget : new BigDecimal[] { null, BigDecimal.ZERO, new BigDecimal("0.00") }) {
			ReadinessItem item = only(new HasBudget().check(withBudget(aCompleteTaskForce(), budget)));
			assertThat(item.met()).as("budget %s", budget).isFalse();
			assertThat(item.messageKey()).isEqualTo("readiness.budget.missing");
			assertThat(item.fixPath()).isEqualTo("/workspaces/42/taskforce/resources");
		}
	}

	@Test
	void aBudgetAboveZeroMeetsTheBudgetCheck() {
		ReadinessItem item = only(new HasBudget().check(withBudget(anEmptyTaskForce(), new BigDecimal("0.01"))));
		assertThat(item.met()).isTrue();
		assertThat(item.messageKey()).isEqualTo("readiness.budget.met");
	}

	// The step as a whole

	@Test
	void anEmptyTaskForceHasNotStartedAndMissesSevenThings() {
		var assessment = TaskForceReadiness.assess(anEmptyTaskForce(), false);
		assertThat(assessment.items()).hasSize(7).noneMatch(ReadinessItem::met);
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void aHalfFormedTaskForceIsInProgress() {
		var assessment = TaskForceReadiness.assess(aHalfFormedTaskForce(), true);
		assertThat(assessment.items()).hasSize(7);
		assertThat(assessment.items()).filteredOn(i -> !i.met())
			.extracting(ReadinessItem::messageKey)
			.containsExactly("readiness.mandate.notApproved", "readiness.agency.missing", "readiness.agency.missing",
					"readiness.budget.missing");
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void draftTermsAloneStartTheStepEvenWithNoCheckMet() {
		TaskForceState draft = withMandate(anEmptyTaskForce(), true, null, null);
		assertThat(StepStatus.of(TaskForceReadiness.assess(draft, true))).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void aCompleteTaskForceIsReady() {
		var assessment = TaskForceReadiness.assess(aCompleteTaskForce(), true);
		assertThat(assessment.items()).hasSize(7).allMatch(ReadinessItem::met);
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.READY);
	}

	@Test
	void requiringTheWaterMinistryTooMakesACompleteTaskForceWaitForIt() {
		TaskForceState withWater = requiring(aCompleteTaskForce(), EnumSet.of(AgencyKind.MINING, AgencyKind.LAND,
				AgencyKind.ENVIRONMENT, AgencyKind.FINANCE, AgencyKind.WATER));
		var assessment = TaskForceReadiness.assess(withWater, true);
		assertThat(assessment.items()).hasSize(8);
		assertThat(assessment.items()).filteredOn(i -> !i.met()).extracting(TaskForceRulesTests::kindOf).containsExactly("WATER");
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void requiringOnlyMiningMakesATaskForceWithoutFinanceReady() {
		TaskForceState noFinance = with(aCompleteTaskForce(),
				List.of(new Seat(MemberRole.CHAIR, AgencyKind.MINING), new Seat(MemberRole.MEMBER, AgencyKind.LAND)));
		assertThat(StepStatus.of(TaskForceReadiness.assess(noFinance, true))).isEqualTo(StepStatus.IN_PROGRESS);
		var assessment = TaskForceReadiness.assess(requiring(noFinance, EnumSet.of(AgencyKind.MINING)), true);
		assertThat(assessment.items()).hasSize(4);
		assertThat(StepStatus.of(assessment)).isEqualTo(StepStatus.READY);
	}

	/** The agency checks carry the kind as a resolvable {@code agencyKind.X} argument. */
	static String kindOf(ReadinessItem item) {
		assertThat(item.args()).hasSize(1);
		String code = ((MessageSourceResolvable) item.args()[0]).getCodes()[0];
		assertThat(code).startsWith("agencyKind.");
		return code.substring("agencyKind.".length());
	}
}
