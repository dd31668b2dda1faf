package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo sites are the same every time, about 400, with the mix the demo promises. */
class SiteDemoTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void aboutFourHundredSitesTheSameEveryTime() {
		List<SiteDescription> sites = SiteDemo.sites(TODAY);
		assertThat(sites).hasSizeBetween(380, 420);
		assertThat(SiteDemo.sites(TODAY)).isEqualTo(sites);
		assertThat(sites).extracting(SiteDescription::name).doesNotHaveDuplicates();
	}

	@Test
	void realisticMix() {
		List<SiteDescription> sites = SiteDemo.sites(TODAY);
		List<SiteDescription> gold = sites.stream().filter(s -> s.commodity() == Commodity.GOLD).toList();
		assertThat(gold.size()).isGreaterThan(sites.size() / 2);
		assertThat(gold.stream().filter(s -> s.impacts().contains(SiteImpact.MERCURY_USE)).count()).isGreaterThan(gold.size() / 2);
		assertThat(sites).anyMatch(s -> s.impacts().contains(SiteImpact.CHILD_LABOUR))
			.anyMatch(s -> s.impacts().contains(SiteImpact.CONFLICT_OR_ARMED_PRESENCE))
			.anyMatch(s -> s.commodity() == Commodity.SALT)
			.anyMatch(s -> s.commodity() == Commodity.COLOURED_GEMSTONES)
			.anyMatch(s -> s.commodity() == Commodity.TIN_TANTALUM_TUNGSTEN);
		assertThat(sites).allSatisfy(s -> {
			int workers = s.women() + s.men();
			assertThat(workers).isBetween(10, 300);
			assertThat((double) s.women() / workers).isBetween(0.09, 0.46);
			assertThat(s.observedOn()).isBetween(TODAY.minusYears(2), TODAY.minusDays(1));
			assertThat(s.longitude().doubleValue()).isBetween(0.0, 4.0);
			assertThat(s.latitude().doubleValue()).isBetween(8.0, 12.0);
		});
	}
}
