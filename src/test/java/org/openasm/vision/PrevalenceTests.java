package org.openasm.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;
import org.openasm.context.SiteFacts;
import org.openasm.geo.AreaInfo;

/** Prevalence by hand: three sites in two regions, two commodities; one site without an area. */
class PrevalenceTests {

	// Region North (1) with district Kirru (2); region Lake (3).
	static final List<AreaInfo> AREAS = List.of(new AreaInfo(1, null, 1, "North", "N", "/1/"),
			new AreaInfo(2, 1L, 2, "Kirru", "K", "/1/2/"), new AreaInfo(3, null, 1, "Lake", "L", "/3/"));

	static SiteFacts site(long id, Commodity c, Long area, int women, int men) {
		return new SiteFacts(id, "Site " + id, c, area, "ALLUVIAL", "MANUAL", "ARTISANAL", "UNLICENSED", women, men, false, Set.of());
	}

	static final List<SiteFacts> SITES = List.of(site(10, Commodity.GOLD, 2L, 10, 40), site(11, Commodity.GOLD, 3L, 5, 15),
			site(12, Commodity.TIN_TANTALUM_TUNGSTEN, 3L, 1, 9), site(13, Commodity.GOLD, null, 2, 3));

	@Test
	void countsSitesWomenAndMenByRegionAndCommodityForUnacceptableAndPoorOnly() {
		List<Prevalence.Graded> graded = List.of(new Prevalence.Graded(1, "Whole-ore amalgamation", TechniqueGrade.UNACCEPTABLE),
				new Prevalence.Graded(2, "Sluice boxes", TechniqueGrade.GOOD), new Prevalence.Graded(3, "No equipment", TechniqueGrade.POOR),
				new Prevalence.Graded(4, "Ungraded", null));
		// 1 at sites 10, 11, 13 and a removed site 99; 3 at 12; 2 and 4 everywhere.
		Map<Long, Set<Long>> links = Map.of(1L, Set.of(10L, 11L, 13L, 99L), 2L, Set.of(10L, 11L, 12L, 13L), 3L, Set.of(12L), 4L,
				Set.of(10L));

		List<Prevalence.Row> rows = Prevalence.of(graded, links, SITES, AREAS);

		assertThat(rows).extracting(Prevalence.Row::techniqueId).containsExactly(1L, 3L);
		Prevalence.Row wholeOre = rows.get(0);
		// 10+5+2 women, 40+15+3 men over three sites; the removed site counts for nothing.
		assertThat(wholeOre.total()).isEqualTo(new Prevalence.Count(3, 17, 58));
		assertThat(wholeOre.total().workers()).isEqualTo(75);
		// Kirru's site counts under its region North.
		assertThat(wholeOre.byRegion()).containsOnly(Map.entry("North", new Prevalence.Count(1, 10, 40)),
				Map.entry("Lake", new Prevalence.Count(1, 5, 15)), Map.entry(Prevalence.NO_REGION, new Prevalence.Count(1, 2, 3)));
		assertThat(wholeOre.byCommodity()).containsOnly(Map.entry(Commodity.GOLD, new Prevalence.Count(3, 17, 58)));
		Prevalence.Row poor = rows.get(1);
		assertThat(poor.total()).isEqualTo(new Prevalence.Count(1, 1, 9));
		assertThat(poor.byCommodity()).containsOnly(Map.entry(Commodity.TIN_TANTALUM_TUNGSTEN, new Prevalence.Count(1, 1, 9)));
	}

	@Test
	void aGradedTechniqueWithNoSiteIsListedWithZeroes() {
		List<Prevalence.Row> rows = Prevalence.of(List.of(new Prevalence.Graded(5, "Smuggling", TechniqueGrade.POOR)), Map.of(), SITES,
				AREAS);
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.total()).isEqualTo(Prevalence.Count.NONE);
			assertThat(r.byRegion()).isEmpty();
		});
	}

	@Test
	void theRegionIsTheTopLevelAncestorOfTheArea() {
		assertThat(Prevalence.regions(AREAS)).containsOnly(Map.entry(1L, "North"), Map.entry(2L, "North"), Map.entry(3L, "Lake"));
	}
}
