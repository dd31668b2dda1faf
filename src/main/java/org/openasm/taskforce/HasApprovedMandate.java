package org.openasm.taskforce;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/**
 * The task force needs a mandate: terms of reference, approved on a date by a named authority. Says
 * which of the three is missing.
 */
class HasApprovedMandate implements TaskForceRule {

	@Override
	public List<ReadinessItem> check(TaskForceState state) {
		String fix = state.path("/mandate");
		if (!state.mandateText()) {
			return List.of(ReadinessItem.check(false, "readiness.mandate.noTerms", fix));
		}
		if (state.approvalDate() == null || state.approvingAuthority() == null) {
			return List.of(ReadinessItem.check(false, "readiness.mandate.notApproved", fix));
		}
		return List.of(ReadinessItem.check(true, "readiness.mandate.met", fix, state.approvingAuthority()));
	}
}
