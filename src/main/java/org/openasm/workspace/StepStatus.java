package org.openasm.workspace;

/** Where a step stands, derived from its readiness checks and never ticked by hand. */
public enum StepStatus {

	NOT_STARTED, IN_PROGRESS, READY;

	/**
	 * Ready when every check is met; in progress once any record exists or any check is met; not
	 * started otherwise. A step without checks (its module is not installed) has not started.
	 */
	public static StepStatus of(StepAssessment assessment) {
		if (assessment.items().isEmpty()) {
			return NOT_STARTED;
		}
		if (assessment.items().stream().allMatch(ReadinessItem::met)) {
			return READY;
		}
		if (assessment.started() || assessment.items().stream().anyMatch(ReadinessItem::met)) {
			return IN_PROGRESS;
		}
		return NOT_STARTED;
	}
}
