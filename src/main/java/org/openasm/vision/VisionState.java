package org.openasm.vision;

import java.util.List;

/**
 * What the readiness rules of step 2.1 look at, detached from persistence so each can be checked by
 * hand: the issues (and how much evidence each has), the goals (and how many issues each answers),
 * whether a statement is written, and the names of the techniques practised at a recorded site that
 * the government has not graded.
 */
record VisionState(long workspaceId, List<IssueLine> issues, List<GoalLine> goals, boolean statement, int practisedTechniques,
		List<String> ungradedPractised) {

	record IssueLine(long id, String title, int evidence) {
	}

	record GoalLine(long id, String title, int issues) {
	}

	boolean started() {
		return !issues.isEmpty() || !goals.isEmpty() || statement || practisedTechniques > 0;
	}

	String path(String page) {
		return "/workspaces/" + workspaceId + "/vision" + page;
	}
}
