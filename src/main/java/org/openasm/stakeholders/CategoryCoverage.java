package org.openasm.stakeholders;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.openasm.stakeholders.StandardCategory.EssentialVoice;

/**
 * Inclusiveness: which categories a set of people speak for, and which of the essential voices
 * (miners, mining communities, women's groups) none of them does.
 */
record CategoryCoverage(Set<Long> represented, Set<EssentialVoice> absent) {

	static CategoryCoverage ofAttendees(Collection<ForumState.Attendee> attendees) {
		Set<Long> represented = new LinkedHashSet<>();
		Set<StandardCategory> codes = EnumSet.noneOf(StandardCategory.class);
		for (ForumState.Attendee a : attendees) {
			if (a.categoryId() != null) {
				represented.add(a.categoryId());
			}
			if (a.code() != null) {
				codes.add(a.code());
			}
		}
		return new CategoryCoverage(represented, absentFrom(codes));
	}

	static CategoryCoverage ofMembers(Collection<ForumState.Member> members) {
		Set<Long> represented = new LinkedHashSet<>();
		Set<StandardCategory> codes = EnumSet.noneOf(StandardCategory.class);
		for (ForumState.Member m : members) {
			represented.add(m.categoryId());
			if (m.code() != null) {
				codes.add(m.code());
			}
		}
		return new CategoryCoverage(represented, absentFrom(codes));
	}

	private static Set<EssentialVoice> absentFrom(Set<StandardCategory> codes) {
		Set<EssentialVoice> absent = EnumSet.noneOf(EssentialVoice.class);
		for (EssentialVoice voice : EssentialVoice.values()) {
			if (codes.stream().noneMatch(voice::heardThrough)) {
				absent.add(voice);
			}
		}
		return absent;
	}
}
