package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.context.ChainActorKind.BUYING_CENTRES;
import static org.openasm.context.ChainActorKind.EXPORTERS;
import static org.openasm.context.ChainActorKind.INFORMAL_CHANNELS;
import static org.openasm.context.ChainActorKind.MINERS;
import static org.openasm.context.ChainActorKind.NEIGHBOURING_COUNTRIES;
import static org.openasm.context.ChainActorKind.PROCESSORS;
import static org.openasm.context.ChainActorKind.REFINERS_SMELTERS;
import static org.openasm.context.ChainActorKind.STATE_BUYER;
import static org.openasm.context.ChainActorKind.TRADERS_BROKERS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mass balance by hand: every expected figure below is worked out in the comment beside it. */
class MassBalanceTests {

	static final EstimatedProduction.Range TWELVE_TONNES = new EstimatedProduction.Range(new BigDecimal("8000"),
			new BigDecimal("12000"), new BigDecimal("16000"), "kg", 2025, "Sector figures");

	private final List<MassBalance.Flow> flows = new ArrayList<>();

	private void flow(ChainActorKind from, ChainActorKind to, String volume, String unit, boolean formal, boolean crossBorder) {
		flows.add(new MassBalance.Flow(flows.size() + 1, from + " → " + to, from, to, new BigDecimal(volume), unit, formal,
				crossBorder));
	}

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void productionOfTwelveTonnesAgainstNineTonnesLeavingTheMinersLeavesThreeTonnesUnaccounted() {
		flow(MINERS, PROCESSORS, "4000", "kg", true, false);
		flow(MINERS, TRADERS_BROKERS, "2000", "kg", true, false);
		flow(MINERS, INFORMAL_CHANNELS, "3000", "kg", false, false); // miners: 4,000 + 2,000 + 3,000 = 9,000, 3,000 informal
		flow(MINERS, MINERS, "500", "kg", false, false); // between miners' groups: not an outflow
		flow(PROCESSORS, BUYING_CENTRES, "4000", "kg", true, false); // inside the country, neither
		flow(BUYING_CENTRES, EXPORTERS, "5500", "kg", true, false); // leaves through the exporter: 5,500
		flow(EXPORTERS, REFINERS_SMELTERS, "5500", "kg", true, true); // the exporter's shipment: already counted
		flow(INFORMAL_CHANNELS, NEIGHBOURING_COUNTRIES, "2500", "kg", false, true); // leaves across a border: 2,500
		flow(MINERS, TRADERS_BROKERS, "300", "g", true, false); // another unit: not comparable

		MassBalance balance = MassBalance.of(Commodity.GOLD, TWELVE_TONNES, flows);

		assertThat(balance.hasEstimate()).isTrue();
		assertThat(balance.unit()).isEqualTo("kg");
		assertThat(balance.minersOutflow()).isEqualByComparingTo("9000");
		assertThat(balance.minersInformal()).isEqualByComparingTo("3000");
		assertThat(balance.informalShare()).isEqualByComparingTo("0.3333"); // 3,000 / 9,000
		assertThat(balance.leavingCountry()).isEqualByComparingTo("8000"); // 5,500 + 2,500
		assertThat(balance.leavingCrossBorder()).isEqualByComparingTo("2500");
		assertThat(balance.crossBorderShare()).isEqualByComparingTo("0.3125"); // 2,500 / 8,000
		assertThat(balance.unaccounted().low()).isEqualByComparingTo("-1000"); // 8,000 - 9,000
		assertThat(balance.unaccounted().central()).isEqualByComparingTo("3000"); // 12,000 - 9,000
		assertThat(balance.unaccounted().high()).isEqualByComparingTo("7000"); // 16,000 - 9,000
		assertThat(balance.notComparable()).extracting(MassBalance.Flow::unit).containsExactly("g");
		assertThat(balance.comparable()).hasSize(8);
	}

	@Test
	void unitsAreComparedWithoutRegardToCaseOrSpaces() {
		flow(MINERS, TRADERS_BROKERS, "1000", " KG ", true, false);
		flow(MINERS, TRADERS_BROKERS, "2", "t", true, false);

		MassBalance balance = MassBalance.of(Commodity.GOLD, TWELVE_TONNES, flows);

		assertThat(balance.minersOutflow()).isEqualByComparingTo("1000");
		assertThat(balance.unaccounted().central()).isEqualByComparingTo("11000");
		assertThat(balance.notComparable()).hasSize(1);
	}

	@Test
	void withoutAnEstimateTheFlowsAreSummedInTheUnitMostOfThemUseAndNothingIsCompared() {
		flow(MINERS, TRADERS_BROKERS, "60", "t", false, false);
		flow(MINERS, PROCESSORS, "40", "t", true, false);
		flow(TRADERS_BROKERS, NEIGHBOURING_COUNTRIES, "60", "t", false, true);
		flow(MINERS, STATE_BUYER, "5000", "kg", true, false);

		MassBalance balance = MassBalance.of(Commodity.TIN_TANTALUM_TUNGSTEN, null, flows);

		assertThat(balance.hasEstimate()).isFalse();
		assertThat(balance.production()).isNull();
		assertThat(balance.unaccounted()).isNull();
		assertThat(balance.unit()).isEqualTo("t");
		assertThat(balance.minersOutflow()).isEqualByComparingTo("100");
		assertThat(balance.informalShare()).isEqualByComparingTo("0.6"); // 60 / 100
		assertThat(balance.leavingCountry()).isEqualByComparingTo("60");
		assertThat(balance.crossBorderShare()).isEqualByComparingTo("1"); // all of it crossed a border directly
		assertThat(balance.notComparable()).extracting(MassBalance.Flow::unit).containsExactly("kg");
	}

	@Test
	void anEstimateWithNoFlowsLeavesAllOfItUnaccountedAndNoShares() {
		MassBalance balance = MassBalance.of(Commodity.GOLD, TWELVE_TONNES, List.of());

		assertThat(balance.minersOutflow()).isZero();
		assertThat(balance.informalShare()).isNull();
		assertThat(balance.crossBorderShare()).isNull();
		assertThat(balance.unaccounted().low()).isEqualByComparingTo("8000");
		assertThat(balance.unaccounted().central()).isEqualByComparingTo("12000");
		assertThat(balance.unaccounted().high()).isEqualByComparingTo("16000");
	}

	@Test
	void nothingAtAllGivesZerosAndNoUnit() {
		MassBalance balance = MassBalance.of(Commodity.SALT, null, List.of());

		assertThat(balance.unit()).isNull();
		assertThat(balance.minersOutflow()).isZero();
		assertThat(balance.leavingCountry()).isZero();
		assertThat(balance.unaccounted()).isNull();
	}

	@Test
	void aCrossBorderFlowIntoAnExporterAbroadLeavesTheCountryOnceAndCountsAsCrossBorder() {
		flow(BUYING_CENTRES, EXPORTERS, "100", "kg", true, true); // an exporter abroad buying directly
		flow(EXPORTERS, EXPORTERS, "100", "kg", true, true); // one exporter selling to another: no second count

		MassBalance balance = MassBalance.of(Commodity.GOLD, TWELVE_TONNES, flows);

		assertThat(balance.leavingCountry()).isEqualByComparingTo("100");
		assertThat(balance.leavingCrossBorder()).isEqualByComparingTo("100");
	}

	@Test
	void thePageWritesTheFiguresInTheReadersNumberFormat() {
		flow(MINERS, TRADERS_BROKERS, "9000", "kg", false, false);

		ChainPages.BalanceView english = ChainPages.view(MassBalance.of(Commodity.GOLD, TWELVE_TONNES, flows), java.util.Locale.ENGLISH);
		ChainPages.BalanceView none = ChainPages.view(MassBalance.of(Commodity.GOLD, null, flows), java.util.Locale.ENGLISH);

		assertThat(english.estimated()).isTrue();
		assertThat(english.year()).isEqualTo("2025");
		assertThat(english.central()).isEqualTo("12,000");
		assertThat(english.unaccountedLow()).isEqualTo("-1,000");
		assertThat(english.informalShare()).isEqualTo("100%");
		assertThat(english.crossBorderShare()).isEqualTo("—");
		assertThat(none.estimated()).isFalse();
		assertThat(none.unaccountedCentral()).isEqualTo("—");
		assertThat(none.year()).isNull();
	}
}
