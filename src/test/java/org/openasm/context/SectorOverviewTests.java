package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.geo.AreaInfo;

/** The sector overview on hand-made records: what the sites say beside what the estimates say. */
class SectorOverviewTests {

	static final AreaInfo NORTH = new AreaInfo(1, null, 1, "Northern Highlands", "XM-1", "/1/");

	static final AreaInfo KIRRU = new AreaInfo(2, 1L, 2, "Kirru", "XM-1-1", "/1/2/");

	static final AreaInfo COAST = new AreaInfo(3, null, 1, "Coastal Lowlands", "XM-4", "/3/");

	static SiteFacts site(Commodity commodity, Long areaId, String deposit, int women, int men, boolean minors) {
		return new SiteFacts(0, "site", commodity, areaId, deposit, "MANUAL", "ARTISANAL", "UNLICENSED", women, men, minors, Set.of());
	}

	static EstimateFacts miners(Commodity commodity, Long areaId, int year, int central, String source) {
		return new EstimateFacts("MINERS", commodity, areaId, year, null, BigDecimal.valueOf(central), null, "persons", source,
				EstimateConfidence.MEDIUM);
	}

	@Test
	void recordedWorkersStandBesideTheLatestNationalEstimate() {
		List<SiteFacts> sites = List.of(site(Commodity.GOLD, 2L, "ALLUVIAL", 20, 80, true), site(Commodity.GOLD, 2L, "HARD_ROCK", 10, 40, false),
				site(Commodity.SALT, 3L, "OTHER", 30, 10, false));
		List<EstimateFacts> estimates = List.of(miners(Commodity.GOLD, null, 2024, 2000, "census 2024"),
				miners(Commodity.GOLD, null, 2025, 1000, "census 2025"), miners(Commodity.GOLD, 2L, 2026, 90, "Kirru count"),
				miners(Commodity.DIAMONDS, null, 2025, 500, "survey"));
		SectorOverview overview = SectorOverview.of(sites, estimates, List.of(NORTH, KIRRU, COAST));

		assertThat(overview.sites()).isEqualTo(3);
		assertThat(overview.women()).isEqualTo(60);
		assertThat(overview.men()).isEqualTo(130);
		assertThat(overview.sitesWithMinors()).isEqualTo(1);
		// Gold: 150 recorded workers against the 2025 national estimate of 1,000 (the Kirru count is regional): 15 %.
		SectorOverview.Row gold = overview.byCommodity().get(0);
		assertThat(gold.commodity()).isEqualTo(Commodity.GOLD);
		assertThat(gold.workers()).isEqualTo(150);
		assertThat(gold.miners()).get().extracting(EstimateFacts::source).isEqualTo("census 2025");
		assertThat(gold.recordedShareOfEstimate()).contains(15);
		// Diamonds have an estimate and no sites; salt has sites and no estimate.
		assertThat(overview.byCommodity()).extracting(SectorOverview.Row::commodity)
			.containsExactly(Commodity.GOLD, Commodity.DIAMONDS, Commodity.SALT);
		assertThat(overview.byCommodity().get(2).recordedShareOfEstimate()).isEmpty();
		assertThat(overview.sitesByDepositType()).containsEntry("ALLUVIAL", 1).containsEntry("HARD_ROCK", 1).containsEntry("OTHER", 1);
		// Kirru's sites count for its region.
		assertThat(overview.byRegion()).containsExactly(new SectorOverview.RegionRow("Northern Highlands", 2, 30, 120),
				new SectorOverview.RegionRow("Coastal Lowlands", 1, 30, 10));
	}
}
