package org.openasm.strategy;

import java.util.List;

/**
 * What the readiness rules of step 2.3 look at, detached from persistence so they can be checked by
 * hand: whether a ranking is recorded in step 2.2, and each ranked type (in rank order) with where its
 * strategy stands.
 */
record StrategyState(long workspaceId, boolean rankingRecorded, List<Ranked> ranked) {

	/** A ranked type; the decision is null and both approaches incomplete when it has no strategy. */
	record Ranked(long typeId, String name, int rank, boolean hasStrategy, TypeDecision decision, boolean economicsComplete,
			boolean impactsComplete) {

		boolean acting() {
			return hasStrategy && decision == TypeDecision.ACT;
		}
	}

	String path(String page) {
		return "/workspaces/" + workspaceId + "/strategy" + page;
	}

	String typePath(long typeId) {
		return path("/types/" + typeId);
	}
}
