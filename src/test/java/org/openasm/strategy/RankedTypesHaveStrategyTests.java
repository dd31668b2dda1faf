package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.strategy.CoherenceFixtures.LICENSING;
import static org.openasm.strategy.CoherenceFixtures.MINING;
import static org.openasm.strategy.CoherenceFixtures.chosen;
import static org.openasm.strategy.CoherenceFixtures.input;
import static org.openasm.strategy.CoherenceFixtures.type;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RankedTypesHaveStrategyTests {

	final RankedTypesHaveStrategy rule = new RankedTypesHaveStrategy();

	@Test
	void rankedTypesActedOnCompletelyOrSetAsideWithAReasonPass() {
		CoherenceInput input = input(type(1, "Alluvial gold").ranked(1).acting().with(chosen(1, LICENSING, Set.of(), Set.of(), MINING)),
				type(2, "Salt pans").ranked(2).deciding(TypeDecision.NO_ACTION, "Salt pans are run by the districts"),
				type(3, "Dredges").ranked(3).deciding(TypeDecision.CLOSE, "Dredging destroys the river beds"),
				// An unranked type needs nothing from this rule.
				type(4, "Quarries")).build();

		assertThat(rule.check(input)).isEmpty();
	}

	@Test
	void aRankedTypeWithoutStrategyOrWithoutItsReasonOrHalfDoneBlocks() {
		CoherenceInput input = input(type(1, "Alluvial gold").ranked(1),
				type(2, "Salt pans").ranked(2).deciding(TypeDecision.NO_ACTION, " "),
				type(3, "Dredges").ranked(3).deciding(TypeDecision.CLOSE, null),
				type(4, "Hard-rock gold").ranked(4).acting().withoutEconomics()).build();

		assertThat(rule.check(input)).extracting(CoherenceFinding::messageKey)
			.containsExactly("strategy.coherence.ranked.none", "strategy.coherence.ranked.noActionReason",
					"strategy.coherence.ranked.closeReason", "strategy.coherence.ranked.economics", "strategy.coherence.ranked.impacts");
		assertThat(rule.check(input)).allMatch(CoherenceFinding::blocking);
		assertThat(rule.check(input).get(0).args()).containsExactly("Alluvial gold", "1");
		assertThat(rule.check(input).get(0).path()).isEqualTo("/workspaces/7/strategy/types/1");
	}

	@Test
	void withNoTypeRankedThereIsNothingToFinalise() {
		CoherenceInput input = input(type(4, "Quarries").acting()).build();

		assertThat(rule.check(input)).singleElement()
			.satisfies(f -> assertThat(f.messageKey()).isEqualTo("strategy.coherence.ranked.noRanking"))
			.satisfies(f -> assertThat(f.path()).isEqualTo("/workspaces/7/types/ranking"));
	}
}
