package org.openasm.stakeholders;

import java.util.List;
import java.util.Set;
import org.openasm.stakeholders.StandardCategory.EssentialVoice;

/**
 * The six qualities the guidance asks of a forum, each measured from records: inclusive (categories
 * among members and at each meeting), transparent (minutes published), gender-balanced (women's share
 * of attendance), conflict-sensitive (dispute parties heard), regular (gaps beyond the planned rhythm)
 * and informing policy (inputs answered, how fast, and how many changed something).
 */
record ForumQuality(CategoryCoverage members, Share minutesPublished, Share womenLastYear, int womenTarget,
		ConflictSensitivity conflict, List<Regularity.Gap> gapsLastYear, MeetingFrequency frequency,
		Responsiveness responsiveness, List<MeetingMeasure> meetings) {

	/** One held meeting's own figures. */
	record MeetingMeasure(long meetingId, Share women, CategoryCoverage coverage, boolean minutesPublished) {

		public Set<EssentialVoice> absent() {
			return coverage.absent();
		}
	}

	static ForumQuality of(ForumState state) {
		List<ForumState.Held> held = state.held();
		int published = (int) held.stream().filter(ForumState.Held::minutesPublished).count();
		List<Regularity.Gap> gaps = Regularity.gaps(held.stream().map(ForumState.Held::heldOn).toList(), state.frequency(),
				state.today().minusYears(1), state.today());
		List<MeetingMeasure> perMeeting = held.stream()
			.map(m -> new MeetingMeasure(m.id(), WomenShare.of(m.attendees()), CategoryCoverage.ofAttendees(m.attendees()),
					m.minutesPublished()))
			.toList();
		return new ForumQuality(CategoryCoverage.ofMembers(state.forumMembers()), new Share(published, held.size()),
				WomenShare.overMeetings(state.heldInLastYear()), state.womenTarget(), ConflictSensitivity.of(state.stakeholders()),
				gaps, state.frequency(), Responsiveness.of(state.inputs()), perMeeting);
	}

	public MeetingMeasure of(long meetingId) {
		return meetings.stream().filter(m -> m.meetingId() == meetingId).findFirst().orElse(null);
	}
}
