package org.openasm.stakeholders;

import java.time.LocalDate;
import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * Every input raised more than 30 days ago has a response. Before any input is raised there is nothing
 * to answer and the rule says nothing: a check met by default would mark a forum nobody has touched
 * as in progress.
 */
class InputsAnswered implements ForumRule {

	static final int DAYS_TO_ANSWER = 30;

	@Override
	public List<ReadinessItem> check(ForumState state) {
		if (state.inputs().isEmpty()) {
			return List.of();
		}
		LocalDate cutoff = state.today().minusDays(DAYS_TO_ANSWER);
		long overdue = state.inputs().stream().filter(i -> !i.answered() && i.raisedOn().isBefore(cutoff)).count();
		boolean met = overdue == 0;
		return List.of(ReadinessItem.check(met, met ? "readiness.forum.inputs.met" : "readiness.forum.inputs.missing",
				state.path("/inputs?open=true"), overdue, DAYS_TO_ANSWER));
	}
}
