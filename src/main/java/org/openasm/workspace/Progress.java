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

	private final Map<Step, StepReadiness> contributors = new EnumMap<>(Step.class);

	private final MessageSource messages;

	Progress(List<StepReadiness> readiness, MessageSource messages) {
		this.messages = messages;
		for (StepReadiness r : readiness) {
			if (contributors.putIfAbsent(r.step(), r) != null) {
				throw new IllegalStateException("Two modules claim step " + r.step().code());
			}
		}
	}

	@Transactional(readOnly = true)
	public List<StepProgress> of(long workspaceId, Locale locale) {
		return java.util.Arrays.stream(Step.values()).map(step -> of(workspaceId, step, locale)).toList();
	}

	@Transactional(readOnly = true)
	public StepProgress of(long workspaceId, Step step, Locale locale) {
		StepReadiness contributor = contributors.get(step);
		if (contributor == null) {
			String text = messages.getMessage("readiness.unsupported", null, locale);
			return new StepProgress(step, StepStatus.NOT_STARTED, false, null, List.of(new StepProgress.Check(false, text, null)));
		}
		StepAssessment assessment = contributor.assess(workspaceId);
		List<StepProgress.Check> checks = assessment.items()
			.stream()
			.map(i -> new StepProgress.Check(i.met(), messages.getMessage(i.messageKey(), i.args(), locale), i.fixPath()))
			.toList();
		return new StepProgress(step, StepStatus.of(assessment), true, contributor.workPath(workspaceId), checks);
	}
}
