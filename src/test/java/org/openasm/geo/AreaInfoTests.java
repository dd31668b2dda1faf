package org.openasm.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The region an area lies in, read from its path. */
class AreaInfoTests {

	@Test
	void theTopIdIsTheFirstIdOfThePathAndARegionsOwnAtTheTop() {
		AreaInfo region = new AreaInfo(3, null, 1, "Lake Basin", "LB", "/3/");
		AreaInfo district = new AreaInfo(17, 3L, 2, "Sirawa", "LB-S", "/3/17/");
		AreaInfo chiefdom = new AreaInfo(40, 17L, 3, "Doro", "LB-S-D", "/3/17/40/");
		assertThat(region.topId()).isEqualTo(3);
		assertThat(district.topId()).isEqualTo(3);
		assertThat(chiefdom.topId()).isEqualTo(3);
		assertThat(chiefdom.within(region)).isTrue();
	}
}
