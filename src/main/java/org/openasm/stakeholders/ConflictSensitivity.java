package org.openasm.stakeholders;

import java.util.Collection;

/**
 * Conflict sensitivity, from the stakeholder map: how many stakeholders are party to a land, water or
 * resource dispute or carry a security concern, how many of the dispute parties sit in the forum (a
 * dispute discussed outside it is a dispute the forum does not hear), and how many flags have no notes
 * saying how the risk is handled.
 */
record ConflictSensitivity(int flagged, Share disputePartiesInForum, int flaggedWithoutNotes) {

	static ConflictSensitivity of(Collection<ForumState.Member> stakeholders) {
		int flagged = (int) stakeholders.stream().filter(s -> s.disputeParty() || s.securityConcern()).count();
		int parties = (int) stakeholders.stream().filter(ForumState.Member::disputeParty).count();
		int partiesIn = (int) stakeholders.stream().filter(s -> s.disputeParty() && s.forumMember()).count();
		int silent = (int) stakeholders.stream().filter(s -> (s.disputeParty() || s.securityConcern()) && !s.conflictNotes()).count();
		return new ConflictSensitivity(flagged, new Share(partiesIn, parties), silent);
	}
}
