package org.openasm.stakeholders;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * Across the meetings of the last twelve months, women are at least the workspace's target share of
 * the attendees (30% unless set otherwise). No attendance recorded does not meet it.
 */
class WomenAttendanceAtTarget implements ForumRule {

	@Override
	public List<ReadinessItem> check(ForumState state) {
		Share share = WomenShare.overMeetings(state.heldInLastYear());
		boolean met = share.atLeast(state.womenTarget());
		return List.of(ReadinessItem.check(met, met ? "readiness.forum.women.met" : "readiness.forum.women.missing",
				state.path(""), share.percent(), state.womenTarget(), share.whole()));
	}
}
