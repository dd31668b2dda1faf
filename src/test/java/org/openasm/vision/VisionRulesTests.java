package org.openasm.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.workspace.ReadinessItem;

/** Step 2.1's readiness rules, each checked on states small enough to reason about by hand. */
class VisionRulesTests {

	static VisionState state(List<VisionState.IssueLine> issues, List<VisionState.GoalLine> goals, boolean statement, int practised,
			List<String> ungraded) {
		return new VisionState(7, issues, goals, statement, practised, ungraded);
	}

	static ReadinessItem only(List<ReadinessItem> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	@Test
	void anIssueNeedsEvidence() {
		ReadinessItem none = only(new IssueWithEvidence().check(state(List.of(), List.of(), false, 0, List.of())));
		assertThat(none.met()).isFalse();
		assertThat(none.messageKey()).isEqualTo("vision.readiness.issue.none");
		assertThat(none.fixPath()).isEqualTo("/workspaces/7/vision/issues/new");

		ReadinessItem bare = only(new IssueWithEvidence().check(state(List.of(new VisionState.IssueLine(3, "Mercury", 0)), List.of(),
				false, 0, List.of())));
		assertThat(bare.met()).isFalse();
		assertThat(bare.messageKey()).isEqualTo("vision.readiness.issue.noEvidence");
		assertThat(bare.args()).containsExactly("Mercury");
		assertThat(bare.fixPath()).isEqualTo("/workspaces/7/vision/issues/3");

		ReadinessItem backed = only(new IssueWithEvidence().check(state(List.of(new VisionState.IssueLine(3, "Mercury", 0),
				new VisionState.IssueLine(4, "Child labour", 2)), List.of(), false, 0, List.of())));
		assertThat(backed.met()).isTrue();
		assertThat(backed.args()).containsExactly("Child labour");
	}

	@Test
	void everyGoalAnswersAnIssue() {
		assertThat(only(new GoalsAnswerIssues().check(state(List.of(), List.of(), false, 0, List.of()))).messageKey())
			.isEqualTo("vision.readiness.goal.none");
		ReadinessItem unlinked = only(new GoalsAnswerIssues().check(state(List.of(), List.of(new VisionState.GoalLine(1, "Safe pits", 1),
				new VisionState.GoalLine(2, "Fair prices", 0), new VisionState.GoalLine(3, "Clean rivers", 0)), false, 0, List.of())));
		assertThat(unlinked.met()).isFalse();
		assertThat(unlinked.args()).containsExactly("Fair prices, Clean rivers");
		assertThat(unlinked.fixPath()).isEqualTo("/workspaces/7/vision/goals/2/edit");
		ReadinessItem all = only(new GoalsAnswerIssues().check(state(List.of(), List.of(new VisionState.GoalLine(1, "Safe pits", 1)), false,
				0, List.of())));
		assertThat(all.met()).isTrue();
	}

	@Test
	void theStatementIsWritten() {
		assertThat(only(new StatementWritten().check(state(List.of(), List.of(), false, 0, List.of()))).met()).isFalse();
		assertThat(only(new StatementWritten().check(state(List.of(), List.of(), true, 0, List.of()))).met()).isTrue();
	}

	@Test
	void everyPractisedTechniqueIsGradedAndTheUngradedAreNamed() {
		ReadinessItem noLinks = only(new PractisedTechniquesGraded().check(state(List.of(), List.of(), false, 0, List.of())));
		assertThat(noLinks.met()).isFalse();
		assertThat(noLinks.messageKey()).isEqualTo("vision.readiness.techniques.noLinks");
		ReadinessItem gap = only(new PractisedTechniquesGraded().check(state(List.of(), List.of(), false, 5,
				List.of("Jigs and sieves for gravel washing"))));
		assertThat(gap.met()).isFalse();
		assertThat(gap.args()).containsExactly(1, "Jigs and sieves for gravel washing");
		assertThat(only(new PractisedTechniquesGraded().check(state(List.of(), List.of(), false, 5, List.of()))).met()).isTrue();
	}
}
