package org.openasm.typology;

import java.util.List;

/**
 * What the readiness rules of step 2.2 look at, detached from persistence so they can be checked by
 * hand: how many sites there are and how many are not typed (unassigned, ambiguous), the types, the
 * types still missing a score, and whether a ranking is recorded and still up to date.
 */
record TypologyState(long workspaceId, int sites, int unassigned, int ambiguous, int types, List<String> typesMissingScores,
		boolean rankingRecorded, boolean rankingOutOfDate) {

	String path(String page) {
		return "/workspaces/" + workspaceId + "/types" + page;
	}
}
