package org.openasm.stakeholders;

import java.time.LocalDate;
import java.util.List;

/**
 * What the measures and readiness rules of the forum look at, detached from persistence so that each
 * can be checked by hand and tested without a database. {@code today} is passed in, never read from a
 * clock inside a rule.
 */
record ForumState(long workspaceId, LocalDate today, boolean hasTerms, MeetingFrequency frequency, int womenTarget,
		List<Member> stakeholders, List<Held> meetings, List<Raised> inputs) {

	/** A stakeholder as the rules see it. */
	record Member(long id, long categoryId, StandardCategory code, boolean forumMember, boolean disputeParty,
			boolean securityConcern, boolean conflictNotes) {
	}

	/** A meeting: when, whether its minutes were published, and who came. */
	record Held(long id, LocalDate heldOn, boolean minutesPublished, List<Attendee> attendees) {

		boolean heldBy(LocalDate day) {
			return !heldOn.isAfter(day);
		}
	}

	/** One attendee: gender and, when they came for a stakeholder, its category. */
	record Attendee(Gender gender, Long categoryId, StandardCategory code) {
	}

	/** An input: when it was raised and, once answered, when and how. */
	record Raised(long id, LocalDate raisedOn, LocalDate respondedOn, Decision decision, boolean linked) {

		boolean answered() {
			return decision != null;
		}
	}

	/** Meetings held on or before today, oldest first. */
	List<Held> held() {
		return meetings.stream().filter(m -> m.heldBy(today)).sorted((a, b) -> a.heldOn().compareTo(b.heldOn())).toList();
	}

	/** Meetings held in the twelve months up to today. */
	List<Held> heldInLastYear() {
		LocalDate from = today.minusYears(1);
		return held().stream().filter(m -> !m.heldOn().isBefore(from)).toList();
	}

	List<Member> forumMembers() {
		return stakeholders.stream().filter(Member::forumMember).toList();
	}

	String path(String page) {
		return "/workspaces/" + workspaceId + "/forum" + page;
	}
}
