package org.openasm.workspace;

import java.util.Arrays;
import java.util.Optional;

/**
 * The guidance's eleven steps, fixed reference data. Each step's title, purpose, activities and
 * outputs are in the guidance's words in the workspace message bundle ({@code step.1.1.title} …).
 */
public enum Step {

	TASK_FORCE("1.1", Phase.GETTING_STARTED),
	STAKEHOLDER_FORUM("1.2", Phase.GETTING_STARTED),
	CONTEXT_ANALYSIS("1.3", Phase.GETTING_STARTED),
	PARTNERS("1.4", Phase.GETTING_STARTED),
	VISION("2.1", Phase.DEVELOPING_STRATEGY),
	TYPES_AND_PRIORITIES("2.2", Phase.DEVELOPING_STRATEGY),
	STRATEGY_PER_TYPE("2.3", Phase.DEVELOPING_STRATEGY),
	FINALIZE_STRATEGY("2.4", Phase.DEVELOPING_STRATEGY),
	PREPARE("3.1", Phase.IMPLEMENTING),
	IMPLEMENT("3.2", Phase.IMPLEMENTING),
	MONITOR("3.3", Phase.IMPLEMENTING);

	private final String code;

	private final Phase phase;

	Step(String code, Phase phase) {
		this.code = code;
		this.phase = phase;
	}

	public String code() {
		return code;
	}

	public Phase phase() {
		return phase;
	}

	public String messageKey() {
		return "step." + code;
	}

	public static Optional<Step> ofCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}
}
