package org.openasm.workspace;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derives where a workspace stands on each step from the checks the owning modules contribute. A
 * step whose module is not installed says so, rather than pretending to be on track.
 */
@Service
public class Progress {

	private final Map<Step, List<StepReadiness>> contributors = new EnumMap<>(Step.class);

	private final MessageSource messages;

	/** The outputs some module produces; a step whose output nobody produces yet is never ready. */
	private final java.util.Set<Output> produced = java.util.EnumSet.noneOf(Output.class);

	Progress(List<StepReadiness> readiness, List<OutputProvider> providers, MessageSource messages) {
		this.messages = messages;
		providers.forEach(p -> produced.add(p.output()));
		// A step may have several contributors (3.1: the implementation plan and the registration system);
		// their checks are read in bean order and the step's page is the first contributor's.
		for (StepReadiness r : readiness) {
			contributors.computeIfAbsent(r.step(), s -> new java.util.ArrayList<>()).add(r);
		}
	}

	@Transactional(readOnly = true)
	public List<StepProgress> of(long workspaceId, Locale locale) {
		return java.util.Arrays.stream(Step.values()).map(step -> of(workspaceId, step, locale)).toList();
	}

	@Transactional(readOnly = true)
	public StepProgress of(long workspaceId, Step step, Locale locale) {
		List<StepReadiness> parts = contributors.get(step);
		if (parts == null) {
			String text = messages.getMessage("readiness.unsupported", null, locale);
			return new StepProgress(step, StepStatus.NOT_STARTED, false, null, List.of(new StepProgress.Check(false, text, null)));
		}
		boolean started = false;
		List<ReadinessItem> items = new java.util.ArrayList<>();
		for (StepReadiness part : parts) {
			StepAssessment a = part.assess(workspaceId);
			started |= a.started();
			items.addAll(a.items());
		}
		// 3.1 has the registration system before the implementation plan: its checks alone must not make
		// the step ready while the plan it also asks for cannot be written in this installation.
		for (Output output : Output.values()) {
			if (output.step() == step && !produced.contains(output)) {
				items.add(ReadinessItem.check(false, "readiness.output.unsupported", null,
						messages.getMessage(output.messageKey(), null, locale)));
			}
		}
		StepAssessment assessment = new StepAssessment(started, items);
		List<StepProgress.Check> checks = assessment.items()
			.stream()
			.map(i -> new StepProgress.Check(i.met(), messages.getMessage(i.messageKey(), i.args(), locale), i.fixPath()))
			.toList();
		return new StepProgress(step, StepStatus.of(assessment), true, parts.get(0).workPath(workspaceId), checks);
	}
}
