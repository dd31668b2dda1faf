package org.openasm.taskforce;

import java.util.List;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepReadiness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Step 1.1 is ready when it has a chair, an approved mandate, the required agencies and a budget. */
@Component
class TaskForceReadiness implements StepReadiness {

	private static final List<TaskForceRule> RULES = List.of(new HasChair(), new HasApprovedMandate(),
			new RequiredAgenciesRepresented(), new HasBudget());

	private final TaskForceRepository taskForces;

	private final MemberRepository members;

	TaskForceReadiness(TaskForceRepository taskForces, MemberRepository members) {
		this.taskForces = taskForces;
		this.members = members;
	}

	@Override
	public Step step() {
		return Step.TASK_FORCE;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/taskforce";
	}

	@Override
	@Transactional(readOnly = true)
	public StepAssessment assess(long workspaceId) {
		return taskForces.findByWorkspaceId(workspaceId).map(tf -> {
			List<TaskForceMember> seated = members.findByWorkspaceIdOrderByRoleAscFullNameAsc(workspaceId);
			return assess(TaskForceState.of(tf, seated), !seated.isEmpty() || tf.getTermsOfReference() != null);
		}).orElse(StepAssessment.none());
	}

	static StepAssessment assess(TaskForceState state, boolean started) {
		return new StepAssessment(started, RULES.stream().flatMap(rule -> rule.check(state).stream()).toList());
	}
}
