package org.openasm.stakeholders;

import java.util.Collection;

/** Gender balance: the share of attendees who are women, over one meeting or several. */
final class WomenShare {

	private WomenShare() {
	}

	static Share of(Collection<ForumState.Attendee> attendees) {
		int women = (int) attendees.stream().filter(a -> a.gender() == Gender.WOMAN).count();
		return new Share(women, attendees.size());
	}

	static Share overMeetings(Collection<ForumState.Held> meetings) {
		return of(meetings.stream().flatMap(m -> m.attendees().stream()).toList());
	}
}
