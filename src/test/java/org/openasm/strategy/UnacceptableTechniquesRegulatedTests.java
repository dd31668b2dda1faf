package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.strategy.CoherenceFixtures.LICENSING;
import static org.openasm.strategy.CoherenceFixtures.MINING;
import static org.openasm.strategy.CoherenceFixtures.TRAINING;
import static org.openasm.strategy.CoherenceFixtures.UNSUPPORTED_PITS;
import static org.openasm.strategy.CoherenceFixtures.WHOLE_ORE_AMALGAMATION;
import static org.openasm.strategy.CoherenceFixtures.chosen;
import static org.openasm.strategy.CoherenceFixtures.input;
import static org.openasm.strategy.CoherenceFixtures.type;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnacceptableTechniquesRegulatedTests {

	final UnacceptableTechniquesRegulated rule = new UnacceptableTechniquesRegulated();

	@Test
	void anUnacceptableTechniqueTargetedByARegulatingInstrumentOfTheTypePractisingItPasses() {
		CoherenceInput input = input(type(1, "Alluvial gold").ranked(1).practising(WHOLE_ORE_AMALGAMATION, UNSUPPORTED_PITS).acting()
			.with(chosen(1, LICENSING, Set.of(WHOLE_ORE_AMALGAMATION.id()), Set.of(), MINING))).build();

		assertThat(rule.check(input)).isEmpty();
	}

	@Test
	void trainingAloneOrAnotherTypesLicensingOrNoStrategyLeavesItUnregulated() {
		CoherenceInput input = input(
				type(1, "Alluvial gold").ranked(1).practising(WHOLE_ORE_AMALGAMATION).acting()
					.with(chosen(1, TRAINING, Set.of(WHOLE_ORE_AMALGAMATION.id()), Set.of(), MINING)),
				type(2, "Hard-rock gold").ranked(2).practising(UNSUPPORTED_PITS).acting()
					.with(chosen(2, LICENSING, Set.of(WHOLE_ORE_AMALGAMATION.id()), Set.of(), MINING)),
				type(3, "Gold panning").practising(WHOLE_ORE_AMALGAMATION)).build();

		assertThat(rule.check(input)).extracting(CoherenceFinding::typeId).containsExactly(1L, 3L);
		assertThat(rule.check(input)).allMatch(CoherenceFinding::blocking);
		assertThat(rule.check(input).get(0).args()).containsExactly("Whole-ore amalgamation", "Alluvial gold");
	}
}
