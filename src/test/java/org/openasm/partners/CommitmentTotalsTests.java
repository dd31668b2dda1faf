package org.openasm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.partners.CommitmentTotals.Line;

/** Totals in the workspace's currency, with numbers small enough to check by hand. */
class CommitmentTotalsTests {

	static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	static Line line(long partner, CommitmentStatus status, String amount, String rate, int from, int to) {
		return new Line(partner, status, n(amount), n(rate), from, to);
	}

	@Test
	void aMillionFrancsAndTwoThousandDollarsAtSixHundredAreTwoPointTwoMillionFrancs() {
		CommitmentTotals totals = CommitmentTotals.of(List.of(
				line(1, CommitmentStatus.COMMITTED, "1000000", "1", 2026, 2026),
				line(2, CommitmentStatus.PLEDGED, "2000", "600", 2026, 2026)));
		assertThat(totals.total()).isEqualByComparingTo("2200000");
		assertThat(totals.ofPartner(1)).isEqualByComparingTo("1000000");
		assertThat(totals.ofPartner(2)).isEqualByComparingTo("1200000");
		assertThat(totals.byStatus().get(CommitmentStatus.COMMITTED)).isEqualByComparingTo("1000000");
		assertThat(totals.byStatus().get(CommitmentStatus.PLEDGED)).isEqualByComparingTo("1200000");
		assertThat(totals.byStatus().get(CommitmentStatus.DISBURSED)).isEqualByComparingTo("0");
		assertThat(totals.byYear()).containsOnlyKeys(2026);
		assertThat(totals.byYear().get(2026)).isEqualByComparingTo("2200000");
	}

	@Test
	void fourHundredOverTwentyTwentyFiveToTwentyTwentyEightIsAHundredAYear() {
		CommitmentTotals totals = CommitmentTotals.of(List.of(line(1, CommitmentStatus.PLEDGED, "400", "1", 2025, 2028)));
		assertThat(totals.byYear()).containsOnlyKeys(2025, 2026, 2027, 2028);
		totals.byYear().values().forEach(share -> assertThat(share).isEqualByComparingTo("100"));
	}

	@Test
	void aHundredOverThreeYearsGivesTheLeftOverCentToTheLastYearSoTheYearsAddUp() {
		assertThat(CommitmentTotals.spread(n("100"), 2025, 2027)).containsExactly(
				java.util.Map.entry(2025, n("33.33")), java.util.Map.entry(2026, n("33.33")), java.util.Map.entry(2027, n("33.34")));
	}

	@Test
	void overlappingCommitmentsAddUpYearByYear() {
		// 1,200 XOF over 2025–2027 (400 a year) and 10 EUR at 655.957 in 2026 (6,559.57).
		CommitmentTotals totals = CommitmentTotals.of(List.of(
				line(1, CommitmentStatus.COMMITTED, "1200", "1", 2025, 2027),
				line(2, CommitmentStatus.DISBURSED, "10", "655.957", 2026, 2026)));
		assertThat(totals.byYear().get(2025)).isEqualByComparingTo("400");
		assertThat(totals.byYear().get(2026)).isEqualByComparingTo("6959.57");
		assertThat(totals.byYear().get(2027)).isEqualByComparingTo("400");
		assertThat(totals.total()).isEqualByComparingTo("7759.57");
	}

	@Test
	void conversionRoundsToTheCentHalfUp() {
		// 0.15 EUR at 655.957 = 98.39355 → 98.39; 0.25 at 655.957 = 163.98925 → 163.99
		assertThat(CommitmentTotals.converted(n("0.15"), n("655.957"))).isEqualByComparingTo("98.39");
		assertThat(CommitmentTotals.converted(n("0.25"), n("655.957"))).isEqualByComparingTo("163.99");
	}

	@Test
	void noCommitmentsIsZeroEverywhere() {
		CommitmentTotals totals = CommitmentTotals.of(List.of());
		assertThat(totals.total()).isEqualByComparingTo("0");
		assertThat(totals.byYear()).isEmpty();
		assertThat(totals.byStatus()).hasSize(3);
		assertThat(totals.ofPartner(99)).isEqualByComparingTo("0");
	}
}
