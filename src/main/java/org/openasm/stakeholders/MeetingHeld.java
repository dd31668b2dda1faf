package org.openasm.stakeholders;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** At least one meeting has taken place (a meeting planned for a later date does not count). */
class MeetingHeld implements ForumRule {

	@Override
	public List<ReadinessItem> check(ForumState state) {
		boolean met = !state.held().isEmpty();
		return List.of(ReadinessItem.check(met, met ? "readiness.forum.meeting.met" : "readiness.forum.meeting.missing",
				state.path("/meetings/new")));
	}
}
