package org.openasm.taskforce;

import java.math.BigDecimal;
import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** The task force must have resources: a budget above zero. */
class HasBudget implements TaskForceRule {

	@Override
	public List<ReadinessItem> check(TaskForceState state) {
		boolean met = state.budget() != null && state.budget().compareTo(BigDecimal.ZERO) > 0;
		return List.of(ReadinessItem.check(met, met ? "readiness.budget.met" : "readiness.budget.missing", state.path("/resources")));
	}
}
