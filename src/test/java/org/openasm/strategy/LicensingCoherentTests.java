package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.strategy.CoherenceFixtures.ARTISANAL_PERMIT;
import static org.openasm.strategy.CoherenceFixtures.KIRRU;
import static org.openasm.strategy.CoherenceFixtures.SMALL_SCALE_LICENCE;
import static org.openasm.strategy.CoherenceFixtures.ZONE_PERMIT;
import static org.openasm.strategy.CoherenceFixtures.input;
import static org.openasm.strategy.CoherenceFixtures.type;

import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;

class LicensingCoherentTests {

	final LicensingCoherent rule = new LicensingCoherent();

	@Test
	void licensedTypesWithFittingCategoriesPass() {
		CoherenceInput input = input(
				// Alike (artisanal, manual) and in the same category.
				type(1, "Alluvial gold").definedBy("scale", "ARTISANAL").definedBy("mechanisation", "MANUAL").acting()
					.licensedAs(ARTISANAL_PERMIT, null),
				type(2, "Gemstone digging").producing(Commodity.COLOURED_GEMSTONES).definedBy("scale", "ARTISANAL")
					.definedBy("mechanisation", "MANUAL").acting().licensedAs(ARTISANAL_PERMIT, null),
				// Alike again, in another category, but saying why.
				type(3, "Gold panning").definedBy("scale", "ARTISANAL").definedBy("mechanisation", "MANUAL").acting()
					.licensedAs(SMALL_SCALE_LICENCE, "Panners sell to the state buyer under the small-scale regime"),
				// A zones-only category with land allocated.
				type(4, "Semi-mechanised gold").definedBy("mechanisation", "SEMI_MECHANISED").acting().allocating(false, KIRRU)
					.licensedAs(ZONE_PERMIT, null),
				// Not alike: nothing said of scale or mechanisation.
				type(5, "Quarries").producing(Commodity.DEVELOPMENT_MINERALS).acting().licensedAs(SMALL_SCALE_LICENCE, null),
				type(6, "Salt pans").producing(Commodity.SALT).acting().licensedAs(ARTISANAL_PERMIT, null))
			.build();

		assertThat(rule.check(input)).isEmpty();
	}

	@Test
	void aLicensedTypeWithoutCategoryOrAZonesOnlyCategoryWithoutLandBlocks() {
		CoherenceInput input = input(type(1, "Alluvial gold").acting().licensedAs(null, null),
				type(2, "Semi-mechanised gold").acting().licensedAs(ZONE_PERMIT, null)).build();

		assertThat(rule.check(input)).extracting(CoherenceFinding::messageKey)
			.containsExactly("strategy.coherence.licensing.noCategory", "strategy.coherence.licensing.zonesWithoutLand");
		assertThat(rule.check(input)).allMatch(CoherenceFinding::blocking);
		assertThat(rule.check(input).get(1).args()).containsExactly("Semi-mechanised gold", "ASM zone permit");
	}

	@Test
	void alikeTypesInDifferentCategoriesWithoutAReasonAreAWarning() {
		CoherenceInput input = input(
				type(1, "Alluvial gold").definedBy("scale", "ARTISANAL").definedBy("mechanisation", "MANUAL").acting()
					.licensedAs(ARTISANAL_PERMIT, null),
				type(2, "Gemstone digging").producing(Commodity.COLOURED_GEMSTONES).definedBy("scale", "ARTISANAL")
					.definedBy("mechanisation", "MANUAL").acting().licensedAs(SMALL_SCALE_LICENCE, " "))
			.build();

		assertThat(rule.check(input)).singleElement().satisfies(f -> {
			assertThat(f.blocking()).isFalse();
			assertThat(f.args()).containsExactly("Alluvial gold", "Artisanal mining permit", "Gemstone digging", "Small-scale mining licence");
			assertThat(f.typeId()).isEqualTo(2L);
		});
	}
}
