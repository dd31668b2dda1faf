package org.openasm.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.stakeholders.ForumState.Attendee;
import org.openasm.stakeholders.ForumState.Held;
import org.openasm.stakeholders.ForumState.Member;
import org.openasm.stakeholders.ForumState.Raised;
import org.openasm.stakeholders.StandardCategory.EssentialVoice;

/** The forum's measures on cases small enough to check by hand, without Spring or a database. */
class ForumMeasuresTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	static Attendee woman() {
		return new Attendee(Gender.WOMAN, null, null);
	}

	static Attendee man() {
		return new Attendee(Gender.MAN, null, null);
	}

	static Attendee from(Gender gender, long categoryId, StandardCategory code) {
		return new Attendee(gender, categoryId, code);
	}

	static Member member(long id, long categoryId, StandardCategory code) {
		return new Member(id, categoryId, code, true, false, false, false);
	}

	static Raised answered(int id, LocalDate raised, int daysToAnswer, Decision decision, boolean linked) {
		return new Raised(id, raised, raised.plusDays(daysToAnswer), decision, linked);
	}

	// GridQuadrant: 3 and above is high

	@Test
	void threeAndThreeIsManagedCloselyTwoAndTwoMonitored() {
		assertThat(GridQuadrant.of(3, 3)).isEqualTo(GridQuadrant.MANAGE_CLOSELY);
		assertThat(GridQuadrant.of(2, 2)).isEqualTo(GridQuadrant.MONITOR);
	}

	@Test
	void highInfluenceLowInterestIsKeptSatisfiedTheReverseKeptInformed() {
		assertThat(GridQuadrant.of(5, 1)).isEqualTo(GridQuadrant.KEEP_SATISFIED);
		assertThat(GridQuadrant.of(1, 5)).isEqualTo(GridQuadrant.KEEP_INFORMED);
	}

	// Share

	@Test
	void threeOfTenMeetsThirtyPercentTwoOfSevenDoesNot() {
		assertThat(new Share(3, 10).atLeast(30)).isTrue();
		assertThat(new Share(3, 10).percent()).isEqualTo(30);
		assertThat(new Share(2, 7).atLeast(30)).isFalse();
		assertThat(new Share(2, 7).percent()).isEqualTo(29);
	}

	@Test
	void noneOfNoneNeverMeetsATargetAndCountsAsZeroPercent() {
		assertThat(new Share(0, 0).atLeast(30)).isFalse();
		assertThat(new Share(0, 0).atLeast(0)).isFalse();
		assertThat(new Share(0, 0).percent()).isZero();
	}

	@Test
	void percentagesRoundHalfUp() {
		assertThat(new Share(1, 8).percent()).isEqualTo(13); // 12.5
		assertThat(new Share(1, 3).percent()).isEqualTo(33);
	}

	// WomenShare

	@Test
	void womenAreCountedAmongAllAttendeesOtherIncluded() {
		Share share = WomenShare.of(List.of(woman(), man(), man(), new Attendee(Gender.OTHER, null, null)));
		assertThat(share).isEqualTo(new Share(1, 4));
		assertThat(share.percent()).isEqualTo(25);
	}

	@Test
	void overSeveralMeetingsEveryAttendanceCounts() {
		Held first = new Held(1, TODAY.minusMonths(2), true, List.of(woman(), man(), man()));
		Held second = new Held(2, TODAY.minusMonths(1), true, List.of(woman(), woman(), man(), man(), man(), man(), man()));
		Share share = WomenShare.overMeetings(List.of(first, second));
		assertThat(share).isEqualTo(new Share(3, 10));
		assertThat(share.atLeast(30)).isTrue();
	}

	// CategoryCoverage

	@Test
	void minersAreHeardThroughEitherMinersCategory() {
		CategoryCoverage viaAssociation = CategoryCoverage.ofMembers(List.of(member(1, 10, StandardCategory.MINERS_ASSOCIATIONS)));
		CategoryCoverage viaIndividuals = CategoryCoverage.ofMembers(List.of(member(2, 11, StandardCategory.INDIVIDUAL_MINERS)));
		assertThat(viaAssociation.absent()).doesNotContain(EssentialVoice.MINERS);
		assertThat(viaIndividuals.absent()).doesNotContain(EssentialVoice.MINERS);
	}

	@Test
	void theAbsentEssentialVoicesAreListedAndCustomCategoriesCountAsRepresented() {
		CategoryCoverage coverage = CategoryCoverage.ofMembers(List.of(member(1, 10, StandardCategory.MINERS_ASSOCIATIONS),
				member(2, 12, StandardCategory.TRADERS_BUYERS), member(3, 99, null)));
		assertThat(coverage.represented()).containsExactly(10L, 12L, 99L);
		assertThat(coverage.absent()).containsExactlyInAnyOrder(EssentialVoice.COMMUNITIES, EssentialVoice.WOMEN);
	}

	@Test
	void atAMeetingOnlyAttendeesWhoCameForAStakeholderRepresentACategory() {
		CategoryCoverage coverage = CategoryCoverage.ofAttendees(List.of(woman(), from(Gender.WOMAN, 14, StandardCategory.WOMENS_GROUPS),
				from(Gender.MAN, 13, StandardCategory.MINING_COMMUNITIES)));
		assertThat(coverage.represented()).containsExactly(14L, 13L);
		assertThat(coverage.absent()).containsExactly(EssentialVoice.MINERS);
	}

	@Test
	void nobodyMeansEveryEssentialVoiceIsAbsent() {
		assertThat(CategoryCoverage.ofMembers(List.of()).absent()).containsExactlyInAnyOrder(EssentialVoice.values());
	}

	// Regularity

	@Test
	void monthlyTenthOfJanuaryToTenthOfFebruaryIsOnTimeToTheEleventhIsAGap() {
		LocalDate jan10 = LocalDate.of(2026, 1, 10);
		LocalDate today = LocalDate.of(2026, 2, 20);
		assertThat(Regularity.gaps(List.of(jan10, LocalDate.of(2026, 2, 10)), MeetingFrequency.MONTHLY, jan10, today)).isEmpty();
		List<Regularity.Gap> gaps = Regularity.gaps(List.of(jan10, LocalDate.of(2026, 2, 11)), MeetingFrequency.MONTHLY, jan10, today);
		assertThat(gaps).containsExactly(new Regularity.Gap(jan10, LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 10)));
		assertThat(gaps.get(0).open()).isFalse();
	}

	@Test
	void theTimeSinceTheLastMeetingIsAnOpenGapOnceItRunsPastTheRhythm() {
		LocalDate last = LocalDate.of(2026, 9, 15);
		assertThat(Regularity.gaps(List.of(last), MeetingFrequency.MONTHLY, TODAY.minusYears(1), LocalDate.of(2026, 10, 15))).isEmpty();
		List<Regularity.Gap> gaps = Regularity.gaps(List.of(last), MeetingFrequency.MONTHLY, TODAY.minusYears(1), TODAY);
		assertThat(gaps).containsExactly(new Regularity.Gap(last, null, LocalDate.of(2026, 10, 15)));
		assertThat(gaps.get(0).open()).isTrue();
	}

	@Test
	void gapsThatEndedBeforeTheWindowAreIgnored() {
		List<LocalDate> held = List.of(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 9, 10), LocalDate.of(2026, 9, 1),
				LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
		// The quarterly rhythm broke in 2024 and between 2024-09 and 2026-09; only the second ends in the window.
		List<Regularity.Gap> gaps = Regularity.gaps(held, MeetingFrequency.QUARTERLY, TODAY.minusYears(1), TODAY);
		assertThat(gaps).containsExactly(new Regularity.Gap(LocalDate.of(2024, 9, 10), LocalDate.of(2026, 9, 1), LocalDate.of(2024, 12, 10)));
	}

	@Test
	void withoutAFrequencyOrAMeetingThereIsNothingToMeasure() {
		assertThat(Regularity.gaps(List.of(LocalDate.of(2025, 1, 1)), null, TODAY.minusYears(1), TODAY)).isEmpty();
		assertThat(Regularity.gaps(List.of(), MeetingFrequency.MONTHLY, TODAY.minusYears(1), TODAY)).isEmpty();
	}

	// Responsiveness

	@Test
	void theMedianOfThreeTenAndTwentyDaysIsTen() {
		LocalDate raised = LocalDate.of(2026, 6, 1);
		Responsiveness r = Responsiveness.of(List.of(answered(1, raised, 20, Decision.ACCEPTED, true),
				answered(2, raised, 3, Decision.NOT_ACCEPTED, false), answered(3, raised, 10, Decision.PARTLY_ACCEPTED, false)));
		assertThat(r.medianDays()).isEqualByComparingTo(BigDecimal.TEN);
		assertThat(r.answered()).isEqualTo(new Share(3, 3));
	}

	@Test
	void theMedianOfTwoAndFourDaysIsThreeAndUnansweredInputsDoNotCount() {
		LocalDate raised = LocalDate.of(2026, 6, 1);
		Responsiveness r = Responsiveness.of(List.of(answered(1, raised, 2, Decision.ACCEPTED, false),
				answered(2, raised, 4, Decision.ACCEPTED, false), new Raised(3, raised, null, null, false)));
		assertThat(r.medianDays()).isEqualByComparingTo(new BigDecimal("3"));
		assertThat(r.answered()).isEqualTo(new Share(2, 3));
		assertThat(Responsiveness.median(List.of(2L, 5L))).isEqualByComparingTo(new BigDecimal("3.5"));
		assertThat(Responsiveness.of(List.of()).medianDays()).isNull();
	}

	@Test
	void anInputChangedSomethingOnlyIfAcceptedInWholeOrInPartAndLinkedToARecord() {
		LocalDate raised = LocalDate.of(2026, 6, 1);
		Responsiveness r = Responsiveness.of(List.of(answered(1, raised, 5, Decision.ACCEPTED, true),
				answered(2, raised, 5, Decision.PARTLY_ACCEPTED, true), answered(3, raised, 5, Decision.ACCEPTED, false),
				answered(4, raised, 5, Decision.NOT_ACCEPTED, false), new Raised(5, raised, null, null, false)));
		assertThat(r.changedSomething()).isEqualTo(new Share(2, 5));
		assertThat(r.changedSomething().percent()).isEqualTo(40);
	}

	// ConflictSensitivity

	@Test
	void disputePartiesInAndOutOfTheForumAndFlagsWithoutNotesAreCounted() {
		List<Member> stakeholders = List.of(
				new Member(1, 10, StandardCategory.MINING_COMMUNITIES, true, true, false, true), // party, member, notes
				new Member(2, 10, StandardCategory.MINING_COMMUNITIES, false, true, false, false), // party, outside, no notes
				new Member(3, 11, StandardCategory.LARGE_SCALE_MINING, false, false, true, false), // security only, no notes
				new Member(4, 12, StandardCategory.ACADEMIA, true, false, false, false)); // not flagged
		ConflictSensitivity c = ConflictSensitivity.of(stakeholders);
		assertThat(c.flagged()).isEqualTo(3);
		assertThat(c.disputePartiesInForum()).isEqualTo(new Share(1, 2));
		assertThat(c.flaggedWithoutNotes()).isEqualTo(2);
	}

	@Test
	void noDisputesMeansNothingFlagged() {
		ConflictSensitivity c = ConflictSensitivity.of(List.of(member(1, 10, StandardCategory.ACADEMIA)));
		assertThat(c.flagged()).isZero();
		assertThat(c.disputePartiesInForum()).isEqualTo(new Share(0, 0));
		assertThat(c.flaggedWithoutNotes()).isZero();
	}
}
