package org.openasm.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.stakeholders.ForumState.Attendee;
import org.openasm.stakeholders.ForumState.Held;
import org.openasm.stakeholders.ForumState.Member;
import org.openasm.stakeholders.ForumState.Raised;
import org.openasm.workspace.ReadinessItem;
import org.openasm.workspace.StepAssessment;

/** The readiness rules of step 1.2, each met and unmet, without Spring or a database. */
class ForumRulesTests {

	static final long WORKSPACE = 42;

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	// Fixtures, in the guidance's terms

	static List<Member> theThreeEssentialVoices() {
		return List.of(new Member(1, 10, StandardCategory.MINERS_ASSOCIATIONS, true, false, false, false),
				new Member(2, 11, StandardCategory.MINING_COMMUNITIES, true, false, false, false),
				new Member(3, 12, StandardCategory.WOMENS_GROUPS, true, false, false, false));
	}

	static List<Attendee> attendees(int women, int men) {
		List<Attendee> list = new ArrayList<>();
		list.addAll(Collections.nCopies(women, new Attendee(Gender.WOMAN, null, null)));
		list.addAll(Collections.nCopies(men, new Attendee(Gender.MAN, null, null)));
		return list;
	}

	/** Monthly, met on the first of each of the last three months with 3 women of 10, one input answered in 10 days. */
	static ForumState aRunningForum() {
		return new ForumState(WORKSPACE, TODAY, true, MeetingFrequency.MONTHLY, 30, theThreeEssentialVoices(),
				List.of(new Held(1, LocalDate.of(2026, 9, 1), true, attendees(3, 7)), new Held(2, LocalDate.of(2026, 10, 1), true, attendees(3, 7)),
						new Held(3, LocalDate.of(2026, 11, 1), false, attendees(3, 7))),
				List.of(new Raised(1, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 11), Decision.ACCEPTED, true)));
	}

	static ForumState aNewForum() {
		return new ForumState(WORKSPACE, TODAY, false, null, 30, List.of(), List.of(), List.of());
	}

	static ForumState withMeetings(ForumState s, List<Held> meetings) {
		return new ForumState(s.workspaceId(), s.today(), s.hasTerms(), s.frequency(), s.womenTarget(), s.stakeholders(), meetings,
				s.inputs());
	}

	static ForumState withInputs(ForumState s, List<Raised> inputs) {
		return new ForumState(s.workspaceId(), s.today(), s.hasTerms(), s.frequency(), s.womenTarget(), s.stakeholders(), s.meetings(),
				inputs);
	}

	static ForumState withStakeholders(ForumState s, List<Member> stakeholders) {
		return new ForumState(s.workspaceId(), s.today(), s.hasTerms(), s.frequency(), s.womenTarget(), stakeholders, s.meetings(),
				s.inputs());
	}

	static ReadinessItem only(List<ReadinessItem> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	// HasTermsAndFrequency

	@Test
	void aForumWithoutTermsOrFrequencyMissesBothAndPointsToItsSettings() {
		List<ReadinessItem> items = new HasTermsAndFrequency().check(aNewForum());
		assertThat(items).extracting(ReadinessItem::met).containsExactly(false, false);
		assertThat(items).extracting(ReadinessItem::messageKey)
			.containsExactly("readiness.forum.terms.missing", "readiness.forum.frequency.missing");
		assertThat(items).extracting(ReadinessItem::fixPath).containsOnly("/workspaces/42/forum/settings");
	}

	@Test
	void termsAndAFrequencyMeetBoth() {
		List<ReadinessItem> items = new HasTermsAndFrequency().check(aRunningForum());
		assertThat(items).extracting(ReadinessItem::met).containsExactly(true, true);
		assertThat(items).extracting(ReadinessItem::messageKey)
			.containsExactly("readiness.forum.terms.met", "readiness.forum.frequency.met");
	}

	// MeetingHeld

	@Test
	void aMeetingPlannedForLaterIsNotAMeetingHeld() {
		ReadinessItem item = only(new MeetingHeld().check(withMeetings(aNewForum(), List.of(new Held(1, TODAY.plusDays(1), false, List.of())))));
		assertThat(item.met()).isFalse();
		assertThat(item.messageKey()).isEqualTo("readiness.forum.meeting.missing");
		assertThat(item.fixPath()).isEqualTo("/workspaces/42/forum/meetings/new");
	}

	@Test
	void aMeetingHeldTodayCounts() {
		ReadinessItem item = only(new MeetingHeld().check(withMeetings(aNewForum(), List.of(new Held(1, TODAY, false, List.of())))));
		assertThat(item.met()).isTrue();
		assertThat(item.messageKey()).isEqualTo("readiness.forum.meeting.met");
	}

	// EssentialVoicesAmongMembers

	@Test
	void eachEssentialVoiceIsItsOwnCheck() {
		List<ReadinessItem> items = new EssentialVoicesAmongMembers().check(aRunningForum());
		assertThat(items).extracting(ReadinessItem::met).containsExactly(true, true, true);
		assertThat(items).extracting(ReadinessItem::messageKey)
			.containsExactly("readiness.forum.voice.MINERS.met", "readiness.forum.voice.COMMUNITIES.met", "readiness.forum.voice.WOMEN.met");
	}

	@Test
	void aWomensGroupThatIsNotAMemberDoesNotCount() {
		List<Member> stakeholders = new ArrayList<>(theThreeEssentialVoices().subList(0, 2));
		stakeholders.add(new Member(3, 12, StandardCategory.WOMENS_GROUPS, false, false, false, false));
		List<ReadinessItem> items = new EssentialVoicesAmongMembers().check(withStakeholders(aRunningForum(), stakeholders));
		assertThat(items).extracting(i -> i.messageKey() + "=" + i.met())
			.containsExactly("readiness.forum.voice.MINERS.met=true", "readiness.forum.voice.COMMUNITIES.met=true",
					"readiness.forum.voice.WOMEN.missing=false");
		assertThat(items.get(2).fixPath()).isEqualTo("/workspaces/42/stakeholders");
	}

	// WomenAttendanceAtTarget

	@Test
	void threeWomenInTenMeetThirtyPercent() {
		ReadinessItem item = only(new WomenAttendanceAtTarget().check(aRunningForum()));
		assertThat(item.met()).isTrue();
		assertThat(item.messageKey()).isEqualTo("readiness.forum.women.met");
		assertThat(item.args()).containsExactly(30, 30, 30);
	}

	@Test
	void oneWomanInFourIsTwentyFivePercentBelowTheTarget() {
		ReadinessItem item = only(new WomenAttendanceAtTarget().check(withMeetings(aRunningForum(),
				List.of(new Held(1, TODAY.minusDays(5), false, attendees(1, 3))))));
		assertThat(item.met()).isFalse();
		assertThat(item.messageKey()).isEqualTo("readiness.forum.women.missing");
		assertThat(item.args()).containsExactly(25, 30, 4);
	}

	@Test
	void attendanceOlderThanTwelveMonthsAndNoAttendanceAtAllDoNotMeetTheTarget() {
		ReadinessItem old = only(new WomenAttendanceAtTarget().check(withMeetings(aRunningForum(),
				List.of(new Held(1, TODAY.minusYears(1).minusDays(1), true, attendees(5, 5))))));
		assertThat(old.met()).isFalse();
		assertThat(old.args()).containsExactly(0, 30, 0);
		assertThat(only(new WomenAttendanceAtTarget().check(aNewForum())).met()).isFalse();
	}

	// MeetsRegularly

	@Test
	void monthlyMeetingsUpToLastMonthKeepTheRhythm() {
		ReadinessItem item = only(new MeetsRegularly().check(aRunningForum()));
		assertThat(item.met()).isTrue();
		assertThat(item.messageKey()).isEqualTo("readiness.forum.regular.met");
	}

	@Test
	void aMissedMonthAndTheOpenStretchSinceTheLastMeetingAreCounted() {
		ReadinessItem item = only(new MeetsRegularly().check(withMeetings(aRunningForum(),
				List.of(new Held(1, LocalDate.of(2026, 6, 1), true, List.of()), new Held(2, LocalDate.of(2026, 8, 1), true, List.of())))));
		assertThat(item.met()).isFalse();
		assertThat(item.messageKey()).isEqualTo("readiness.forum.regular.missing");
		assertThat(item.args()).containsExactly(2);
	}

	@Test
	void withoutAFrequencyOrAMeetingRegularityIsUnknownAndNotMet() {
		ReadinessItem noFrequency = only(new MeetsRegularly().check(new ForumState(WORKSPACE, TODAY, true, null, 30, List.of(),
				aRunningForum().meetings(), List.of())));
		assertThat(noFrequency.met()).isFalse();
		assertThat(noFrequency.messageKey()).isEqualTo("readiness.forum.regular.unknown");
		ReadinessItem noMeeting = only(new MeetsRegularly().check(withMeetings(aRunningForum(), List.of())));
		assertThat(noMeeting.messageKey()).isEqualTo("readiness.forum.regular.unknown");
	}

	// InputsAnswered

	@Test
	void anInputUnansweredForThirtyOneDaysIsOverdueOneOfThirtyIsNot() {
		ReadinessItem recent = only(new InputsAnswered().check(withInputs(aRunningForum(),
				List.of(new Raised(1, TODAY.minusDays(30), null, null, false)))));
		assertThat(recent.met()).isTrue();
		assertThat(recent.messageKey()).isEqualTo("readiness.forum.inputs.met");
		ReadinessItem overdue = only(new InputsAnswered().check(withInputs(aRunningForum(),
				List.of(new Raised(1, TODAY.minusDays(31), null, null, false), new Raised(2, TODAY.minusDays(60), null, null, false),
						new Raised(3, TODAY.minusDays(90), TODAY.minusDays(80), Decision.NOT_ACCEPTED, false)))));
		assertThat(overdue.met()).isFalse();
		assertThat(overdue.messageKey()).isEqualTo("readiness.forum.inputs.missing");
		assertThat(overdue.args()).containsExactly(2L, 30);
		assertThat(overdue.fixPath()).isEqualTo("/workspaces/42/forum/inputs?open=true");
	}

	// ForumReadiness

	@Test
	void aRunningForumMeetsEveryRuleAndANewOneNone() {
		StepAssessment running = ForumReadiness.assess(aRunningForum(), true);
		assertThat(running.items()).allMatch(ReadinessItem::met);
		StepAssessment fresh = ForumReadiness.assess(aNewForum(), false);
		assertThat(fresh.items()).isNotEmpty().noneMatch(ReadinessItem::met);
		assertThat(org.openasm.workspace.StepStatus.of(fresh)).isEqualTo(org.openasm.workspace.StepStatus.NOT_STARTED);
	}

	@Test
	void beforeAnyInputIsRaisedTheInputsRuleSaysNothingRatherThanMetByDefault() {
		assertThat(new InputsAnswered().check(withInputs(aRunningForum(), List.of()))).isEmpty();
	}
}
