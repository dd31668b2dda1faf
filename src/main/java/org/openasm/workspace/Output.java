package org.openasm.workspace;

import java.util.Arrays;
import java.util.Optional;

/** The seven outputs the guidance names, each the product of one step. */
public enum Output {

	TASK_FORCE("task-force", Step.TASK_FORCE),
	STAKEHOLDER_DIALOGUE("stakeholder-dialogue", Step.STAKEHOLDER_FORUM),
	CONTEXT_ANALYSIS("context-analysis", Step.CONTEXT_ANALYSIS),
	VISION("vision", Step.VISION),
	MANAGEMENT_STRATEGY("management-strategy", Step.FINALIZE_STRATEGY),
	IMPLEMENTATION_PLAN("implementation-plan", Step.PREPARE),
	MONITORING_PLAN("monitoring-evaluation-plan", Step.MONITOR);

	private final String code;

	private final Step step;

	Output(String code, Step step) {
		this.code = code;
		this.step = step;
	}

	public String code() {
		return code;
	}

	public Step step() {
		return step;
	}

	public String messageKey() {
		return "output." + code;
	}

	public static Optional<Output> ofCode(String code) {
		return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
	}
}
