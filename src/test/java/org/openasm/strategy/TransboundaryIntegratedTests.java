package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.strategy.CoherenceFixtures.LICENSING;
import static org.openasm.strategy.CoherenceFixtures.MINING;
import static org.openasm.strategy.CoherenceFixtures.SECURITY;
import static org.openasm.strategy.CoherenceFixtures.chosen;
import static org.openasm.strategy.CoherenceFixtures.input;
import static org.openasm.strategy.CoherenceFixtures.type;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;

class TransboundaryIntegratedTests {

	final TransboundaryIntegrated rule = new TransboundaryIntegrated();

	@Test
	void aMeasureWrittenOrATransboundaryInstrumentOrNoReasonForOnePasses() {
		CoherenceInput input = input(
				type(1, "Alluvial gold").acting().transboundary("Joint patrols and a cross-border buying agreement with the neighbour"),
				type(2, "Hard-rock gold").acting().with(chosen(1, SECURITY, Set.of(), Set.of(), MINING)),
				// Crosses no border and has no site near one.
				type(3, "Quarries").producing(Commodity.DEVELOPMENT_MINERALS).acting(),
				// Set aside: no measures by decision.
				type(4, "Gold panning").deciding(TypeDecision.NO_ACTION, "Seasonal, handled by the districts"))
			.crossingBorders(Commodity.GOLD)
			.nearBorder(2, 5)
			.nearBorder(4, 3)
			.build();

		assertThat(rule.check(input)).isEmpty();
	}

	@Test
	void aTypeWhoseGoldCrossesTheBorderOrWhoseSitesLieNearItWithoutAMeasureIsAWarningSayingWhy() {
		CoherenceInput input = input(type(1, "Alluvial gold").acting().with(chosen(1, LICENSING, Set.of(), Set.of(), MINING)),
				type(2, "Quarries").producing(Commodity.DEVELOPMENT_MINERALS).acting(),
				type(3, "Hard-rock gold").acting())
			.crossingBorders(Commodity.GOLD)
			.nearBorder(2, 4)
			.nearBorder(3, 2)
			.build();

		assertThat(rule.check(input)).extracting(CoherenceFinding::messageKey)
			.containsExactly("strategy.coherence.transboundary.flows", "strategy.coherence.transboundary.sites",
					"strategy.coherence.transboundary.both");
		assertThat(rule.check(input)).noneMatch(CoherenceFinding::blocking);
		assertThat(rule.check(input).get(0).args()).containsExactly("Alluvial gold", "Gold");
		assertThat(rule.check(input).get(1).args()).containsExactly("Quarries", "4", "10");
		assertThat(rule.check(input).get(2).args()).containsExactly("Hard-rock gold", "Gold", "2", "10");
	}
}
