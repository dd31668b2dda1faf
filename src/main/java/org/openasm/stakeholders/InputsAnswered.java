package org.openasm.stakeholders;

import java.time.LocalDate;
import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** Every input raised more than 30 days ago has a response. */
class InputsAnswered implements ForumRule {

	static final int DAYS_TO_ANSWER = 30;

	@Override
	public List<ReadinessItem> check(ForumState state) {
		LocalDate cutoff = state.today().minusDays(DAYS_TO_ANSWER);
		long overdue = state.inputs().stream().filter(i -> !i.answered() && i.raisedOn().isBefore(cutoff)).count();
		boolean met = overdue == 0;
		return List.of(ReadinessItem.check(met, met ? "readiness.forum.inputs.met" : "readiness.forum.inputs.missing",
				state.path("/inputs?open=true"), overdue, DAYS_TO_ANSWER));
	}
}
