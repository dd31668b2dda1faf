package org.openasm.workspace;

import java.util.List;

/** A step's derived status in one workspace, with each check in the reader's language. */
public record StepProgress(Step step, StepStatus status, boolean supported, String workPath, List<Check> checks) {

	/** A readiness check put in words, with the page that fixes it. */
	public record Check(boolean met, String text, String fixPath) {
	}

	public List<Check> missing() {
		return checks.stream().filter(c -> !c.met()).toList();
	}
}
