package org.openasm.vision;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepReadiness;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2.1 is ready when a significant issue has evidence, every goal answers an issue, the vision
 * statement is written and every technique practised at a recorded site is graded. It reads small
 * lists only (issues, goals, techniques and the ids of the practised ones), since every page assesses the steps.
 */
@Component
class VisionReadiness implements StepReadiness {

	static final List<VisionRule> RULES = List.of(new IssueWithEvidence(), new GoalsAnswerIssues(), new StatementWritten(),
			new PractisedTechniquesGraded());

	private final VisionManagement vision;

	private final TechniqueRegister techniques;

	VisionReadiness(VisionManagement vision, TechniqueRegister techniques) {
		this.vision = vision;
		this.techniques = techniques;
	}

	@Override
	public Step step() {
		return Step.VISION;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/vision";
	}

	@Override
	@Transactional(readOnly = true)
	public StepAssessment assess(long workspaceId) {
		VisionState state = state(workspaceId);
		return new StepAssessment(state.started(), RULES.stream().flatMap(rule -> rule.check(state).stream()).toList());
	}

	@Transactional(readOnly = true)
	VisionState state(long workspaceId) {
		Map<Long, Long> evidenceByIssue = vision.evidenceCounts(workspaceId);
		List<VisionState.IssueLine> issues = vision.issues(workspaceId)
			.stream()
			.map(i -> new VisionState.IssueLine(i.getId(), i.getTitle(), evidenceByIssue.getOrDefault(i.getId(), 0L).intValue()))
			.toList();
		List<VisionState.GoalLine> goals = vision.goals(workspaceId)
			.stream()
			.map(g -> new VisionState.GoalLine(g.getId(), g.getTitle(), g.getIssueIdSet().size()))
			.toList();
		Set<Long> practised = techniques.practisedTechniqueIds(workspaceId);
		List<String> ungraded = techniques.techniques(workspaceId)
			.stream()
			.filter(t -> practised.contains(t.getId()) && t.getGrade() == null)
			.map(t -> techniques.name(t, LocaleContextHolder.getLocale()))
			.toList();
		return new VisionState(workspaceId, issues, goals, vision.statement(workspaceId).isPresent(), practised.size(), ungraded);
	}
}
