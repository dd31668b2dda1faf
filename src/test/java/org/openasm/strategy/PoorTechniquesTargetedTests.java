package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.strategy.CoherenceFixtures.MINING;
import static org.openasm.strategy.CoherenceFixtures.TRAINING;
import static org.openasm.strategy.CoherenceFixtures.UNSUPPORTED_PITS;
import static org.openasm.strategy.CoherenceFixtures.WHOLE_ORE_AMALGAMATION;
import static org.openasm.strategy.CoherenceFixtures.chosen;
import static org.openasm.strategy.CoherenceFixtures.input;
import static org.openasm.strategy.CoherenceFixtures.type;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PoorTechniquesTargetedTests {

	final PoorTechniquesTargeted rule = new PoorTechniquesTargeted();

	@Test
	void aPoorTechniqueTargetedByAnyInstrumentOfTheTypePasses() {
		CoherenceInput input = input(type(1, "Hard-rock gold").ranked(1).practising(UNSUPPORTED_PITS).acting()
			.with(chosen(1, TRAINING, Set.of(UNSUPPORTED_PITS.id()), Set.of(), MINING))).build();

		assertThat(rule.check(input)).isEmpty();
	}

	@Test
	void aPoorTechniqueNoInstrumentOfTheTypeMovesAwayFromIsAWarning() {
		CoherenceInput input = input(type(1, "Hard-rock gold").ranked(1).practising(UNSUPPORTED_PITS, WHOLE_ORE_AMALGAMATION).acting()
			.with(chosen(1, TRAINING, Set.of(WHOLE_ORE_AMALGAMATION.id()), Set.of(), MINING))).build();

		assertThat(rule.check(input)).singleElement().satisfies(f -> {
			assertThat(f.blocking()).isFalse();
			assertThat(f.messageKey()).isEqualTo("strategy.coherence.poor.untargeted");
			assertThat(f.args()).containsExactly("Unsupported pit walls", "Hard-rock gold");
		});
	}
}
