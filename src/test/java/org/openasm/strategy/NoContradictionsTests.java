package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.strategy.CoherenceFixtures.ARTISANAL_PERMIT;
import static org.openasm.strategy.CoherenceFixtures.BUYING;
import static org.openasm.strategy.CoherenceFixtures.CLOSURE;
import static org.openasm.strategy.CoherenceFixtures.KIRRU;
import static org.openasm.strategy.CoherenceFixtures.LAKE;
import static org.openasm.strategy.CoherenceFixtures.MINING;
import static org.openasm.strategy.CoherenceFixtures.NORTH;
import static org.openasm.strategy.CoherenceFixtures.TRAINING;
import static org.openasm.strategy.CoherenceFixtures.chosen;
import static org.openasm.strategy.CoherenceFixtures.input;
import static org.openasm.strategy.CoherenceFixtures.type;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;

class NoContradictionsTests {

	final NoContradictions rule = new NoContradictions();

	@Test
	void aClosedTypeRegulatedABuyingSchemeWithLicensedProducersAndSeparateOrSharedLandPass() {
		CoherenceInput input = input(
				type(1, "Dredges").deciding(TypeDecision.CLOSE, "Dredging destroys the river beds")
					.with(chosen(1, CLOSURE, Set.of(), Set.of(), MINING)),
				// Buys gold, which licensed alluvial miners produce.
				type(2, "Gold panning").acting().with(chosen(2, BUYING, Set.of(), Set.of(), MINING)),
				type(3, "Alluvial gold").acting().licensedAs(ARTISANAL_PERMIT, null).allocating(true, KIRRU),
				// Land elsewhere.
				type(4, "Quarries").producing(Commodity.DEVELOPMENT_MINERALS).acting().allocating(false, LAKE),
				// Shared with no exclusivity on either side: not a contradiction.
				type(5, "Salt pans").producing(Commodity.SALT).acting().allocating(false, LAKE))
			.build();

		assertThat(rule.check(input)).isEmpty();
	}

	@Test
	void promotingAClosedTypeOrExclusiveLandInsideAnotherTypesAreaBlocks() {
		CoherenceInput input = input(
				type(1, "Dredges").deciding(TypeDecision.CLOSE, "Dredging destroys the river beds")
					.with(chosen(1, TRAINING, Set.of(), Set.of(), MINING)),
				type(3, "Alluvial gold").acting().allocating(true, KIRRU),
				// The Northern Highlands hold Kirru.
				type(4, "Hard-rock gold").acting().allocating(false, NORTH))
			.build();

		assertThat(rule.check(input)).extracting(CoherenceFinding::messageKey)
			.containsExactly("strategy.coherence.contradiction.closedPromoted", "strategy.coherence.contradiction.landShared");
		assertThat(rule.check(input)).allMatch(CoherenceFinding::blocking);
		assertThat(rule.check(input).get(0).path()).isEqualTo("/workspaces/7/strategy/types/1/instruments/1");
		assertThat(rule.check(input).get(1).args()).containsExactly("Alluvial gold", "Hard-rock gold", "Kirru");
	}

	@Test
	void aBuyingSchemeForGoldNoLicensedTypeProducesIsAWarning() {
		CoherenceInput input = input(type(2, "Gold panning").acting().with(chosen(2, BUYING, Set.of(), Set.of(), MINING)),
				// Licensed, but to be closed: not a producer the scheme can buy from.
				type(3, "Alluvial gold").deciding(TypeDecision.CLOSE, "Moved to zones").licensedAs(ARTISANAL_PERMIT, null),
				type(4, "Quarries").producing(Commodity.DEVELOPMENT_MINERALS).acting().licensedAs(ARTISANAL_PERMIT, null))
			.build();

		assertThat(rule.check(input)).singleElement().satisfies(f -> {
			assertThat(f.blocking()).isFalse();
			assertThat(f.args()).containsExactly("Gold panning", "State-sponsored buying scheme", "Gold");
		});
	}
}
