package org.openasm.workspace;

import java.util.ArrayList;
import java.util.List;

/** How many of a phase's steps are ready, and whether the jurisdiction stands in this phase now. */
public record PhaseProgress(Phase phase, int ready, int total, boolean current) {

	/** The current phase is the first one with a step not yet ready. */
	public static List<PhaseProgress> of(List<StepProgress> steps) {
		List<PhaseProgress> phases = new ArrayList<>();
		boolean currentFound = false;
		for (Phase phase : Phase.values()) {
			List<StepProgress> inPhase = steps.stream().filter(s -> s.step().phase() == phase).toList();
			int ready = (int) inPhase.stream().filter(s -> s.status() == StepStatus.READY).count();
			boolean current = !currentFound && ready < inPhase.size();
			currentFound |= current;
			phases.add(new PhaseProgress(phase, ready, inPhase.size(), current));
		}
		return phases;
	}

	public int percent() {
		return total == 0 ? 0 : 100 * ready / total;
	}
}
