package org.openasm.workspace;

import java.util.List;

/** What a module knows of its step in one workspace: whether any work exists, and each check. */
public record StepAssessment(boolean started, List<ReadinessItem> items) {

	public static StepAssessment none() {
		return new StepAssessment(false, List.of());
	}
}
