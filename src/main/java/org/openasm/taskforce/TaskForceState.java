package org.openasm.taskforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the readiness rules look at, detached from persistence so they can be checked by hand and
 * tested without a database.
 */
record TaskForceState(long workspaceId, boolean mandateText, LocalDate approvalDate, String approvingAuthority,
		BigDecimal budget, Set<AgencyKind> requiredKinds, List<Seat> seats) {

	/** One member: the role held and the kind of agency represented. */
	record Seat(MemberRole role, AgencyKind agencyKind) {
	}

	static TaskForceState of(TaskForce taskForce, List<TaskForceMember> members) {
		return new TaskForceState(taskForce.getWorkspaceId(), taskForce.getTermsOfReference() != null,
				taskForce.getApprovalDate(), taskForce.getApprovingAuthority(), taskForce.getBudgetAmount(),
				taskForce.getRequiredKindSet(), members.stream().map(m -> new Seat(m.getRole(), m.getAgency().getKind())).toList());
	}

	String path(String page) {
		return "/workspaces/" + workspaceId + "/taskforce" + page;
	}
}
