package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.strategy.CoherenceFixtures.BUYING;
import static org.openasm.strategy.CoherenceFixtures.LICENSING;
import static org.openasm.strategy.CoherenceFixtures.MERCURY_GOAL;
import static org.openasm.strategy.CoherenceFixtures.MINING;
import static org.openasm.strategy.CoherenceFixtures.REVENUE_GOAL;
import static org.openasm.strategy.CoherenceFixtures.chosen;
import static org.openasm.strategy.CoherenceFixtures.input;
import static org.openasm.strategy.CoherenceFixtures.type;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GoalsServedTests {

	final GoalsServed rule = new GoalsServed();

	@Test
	void everyGoalServedByAnInstrumentOfSomeTypePasses() {
		CoherenceInput input = input(type(1, "Alluvial gold").ranked(1).acting().with(chosen(1, LICENSING, Set.of(), Set.of(MERCURY_GOAL.id()), MINING)),
				type(2, "Hard-rock gold").ranked(2).acting().with(chosen(2, BUYING, Set.of(), Set.of(REVENUE_GOAL.id()), MINING)))
			.goals(MERCURY_GOAL, REVENUE_GOAL)
			.build();

		assertThat(rule.check(input)).isEmpty();
	}

	@Test
	void aGoalNoInstrumentServesBlocksAndSendsToTheGoal() {
		CoherenceInput input = input(type(1, "Alluvial gold").ranked(1).acting().with(chosen(1, LICENSING, Set.of(), Set.of(MERCURY_GOAL.id()), MINING)))
			.goals(MERCURY_GOAL, REVENUE_GOAL)
			.build();

		assertThat(rule.check(input)).singleElement().satisfies(f -> {
			assertThat(f.blocking()).isTrue();
			assertThat(f.args()).containsExactly("Gold sold through formal channels");
			assertThat(f.path()).isEqualTo("/workspaces/7/vision/goals/42/edit");
		});
	}
}
