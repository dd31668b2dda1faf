package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.workspace.ReadinessItem;

/** Step 1.3's readiness rules on hand-made states. */
class ContextRulesTests {

	static ContextState state(Map<Commodity, Integer> sites, Set<Commodity> minersEstimated, int agencies, List<String> unassessed,
			Set<Commodity> flows, int actors) {
		Map<Commodity, Integer> bySite = new EnumMap<>(Commodity.class);
		bySite.putAll(sites);
		return new ContextState(7, bySite, minersEstimated, agencies, unassessed, flows, actors);
	}

	static List<String> missing(ContextRule rule, ContextState state) {
		return rule.check(state).stream().filter(i -> !i.met()).map(ReadinessItem::messageKey).toList();
	}

	@Test
	void aCommodityIsMainFromTenPercentOfTheSites() {
		// 27 gold, 3 salt and 2 gemstone sites: 32 in all; salt is 3 of 32 = 9.4%, not main.
		ContextState state = state(Map.of(Commodity.GOLD, 27, Commodity.SALT, 3, Commodity.COLOURED_GEMSTONES, 2), Set.of(), 0, List.of(),
				Set.of(), 0);
		assertThat(state.sites()).isEqualTo(32);
		assertThat(state.mainCommodities()).containsExactly(Commodity.GOLD);
		// 3 of 30 is exactly 10%: main.
		assertThat(state(Map.of(Commodity.GOLD, 27, Commodity.SALT, 3), Set.of(), 0, List.of(), Set.of(), 0).mainCommodities())
			.containsExactlyInAnyOrder(Commodity.GOLD, Commodity.SALT);
	}

	@Test
	void sitesMustBeRecorded() {
		assertThat(missing(new SitesRecorded(), state(Map.of(), Set.of(), 0, List.of(), Set.of(), 0)))
			.containsExactly("readiness.context.sites.missing");
		assertThat(missing(new SitesRecorded(), state(Map.of(Commodity.GOLD, 1), Set.of(), 0, List.of(), Set.of(), 0))).isEmpty();
	}

	@Test
	void everyCommodityWithSitesNeedsAnEstimateOfItsMiners() {
		ContextState state = state(Map.of(Commodity.GOLD, 5, Commodity.SALT, 1, Commodity.DIAMONDS, 0), Set.of(Commodity.GOLD, Commodity.DIAMONDS),
				0, List.of(), Set.of(), 0);
		List<ReadinessItem> items = new MinersEstimated().check(state);
		assertThat(items).hasSize(2);
		assertThat(missing(new MinersEstimated(), state)).containsExactly("readiness.context.miners.SALT.missing");
	}

	@Test
	void everyTaskForceAgencyIsAssessedAndThereIsAtLeastOne() {
		assertThat(missing(new CapacityAssessed(), state(Map.of(), Set.of(), 7, List.of("Ministry of Health"), Set.of(), 0)))
			.containsExactly("readiness.context.capacity.missing");
		assertThat(missing(new CapacityAssessed(), state(Map.of(), Set.of(), 0, List.of(), Set.of(), 0)))
			.containsExactly("readiness.context.capacity.missing");
		assertThat(missing(new CapacityAssessed(), state(Map.of(), Set.of(), 7, List.of(), Set.of(), 0))).isEmpty();
	}

	@Test
	void theChainNeedsAFlowForEachMainCommodity() {
		ContextState state = state(Map.of(Commodity.GOLD, 27, Commodity.SALT, 3, Commodity.COLOURED_GEMSTONES, 2), Set.of(), 0, List.of(),
				Set.of(Commodity.SALT), 0);
		assertThat(missing(new ChainCoversMainCommodities(), state)).containsExactly("readiness.context.chain.GOLD.missing");
		assertThat(missing(new ChainCoversMainCommodities(),
				state(Map.of(Commodity.GOLD, 27), Set.of(), 0, List.of(), EnumSet.of(Commodity.GOLD), 0))).isEmpty();
		assertThat(missing(new ChainCoversMainCommodities(), state(Map.of(), Set.of(), 0, List.of(), Set.of(), 0)))
			.containsExactly("readiness.context.chain.none");
	}

	@Test
	void thePoliticalEconomyNamesAnActor() {
		assertThat(missing(new PoliticalEconomyMapped(), state(Map.of(), Set.of(), 0, List.of(), Set.of(), 0)))
			.containsExactly("readiness.context.political.missing");
		assertThat(missing(new PoliticalEconomyMapped(), state(Map.of(), Set.of(), 0, List.of(), Set.of(), 1))).isEmpty();
	}
}
