package org.openasm.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openasm.typology.RankingTests.scores;
import static org.openasm.typology.RankingTests.weights;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sensitivity of the ranking to each weight, scenarios worked out by hand in the comments. */
class SensitivityTests {

	@Test
	void typesThatSwingTwoPlacesAreUnstableAndNameTheirWeights() {
		// p = 50 %, weights a = 1, b = 1; X (5, 1), Y (1, 5), Z (3, 3). Base: all 3.00, rank 1.
		// a × 0.5: X 3.5, Y 5.5, Z 4.5 → Y 1, Z 2, X 3.   a × 1.5: X 8.5, Y 6.5, Z 7.5 → X 1, Z 2, Y 3.
		// b × 0.5: X 5.5, Y 3.5, Z 4.5 → X 1, Z 2, Y 3.   b × 1.5: X 6.5, Y 8.5, Z 7.5 → Y 1, Z 2, X 3.
		// X and Y range 1–3 (unstable, moved by a and b); Z 1–2 (stable, though moved by both).
		var ranges = Sensitivity.of(List.of(1L, 2L, 3L), weights("1", "1"),
				Map.of(1L, scores(5, 1), 2L, scores(1, 5), 3L, scores(3, 3)), 50);
		assertThat(ranges).containsExactly(new Sensitivity.Range(1, 1, 1, 3, true, List.of(1L, 2L)),
				new Sensitivity.Range(2, 1, 1, 3, true, List.of(1L, 2L)), new Sensitivity.Range(3, 1, 1, 2, false, List.of(1L, 2L)));
	}

	@Test
	void aClearRankingIsStable() {
		// p = 20 %, weights 1, 1; A (5, 5) = 5, B (3, 3) = 3, C (1, 1) = 1: no change of weight can reorder them.
		var ranges = Sensitivity.of(List.of(1L, 2L, 3L), weights("1", "1"),
				Map.of(1L, scores(5, 5), 2L, scores(3, 3), 3L, scores(1, 1)), 20);
		assertThat(ranges).allSatisfy(r -> {
			assertThat(r.unstable()).isFalse();
			assertThat(r.best()).isEqualTo(r.worst());
			assertThat(r.hingesOn()).isEmpty();
		});
	}

	@Test
	void theVariationDecidesWhetherAWeightMatters() {
		// Weights a = 1, b = 1; P (4, 2) = 6, Q (2, 3) = 5, R (3, 2) = 5 — Q and R tie at 2.
		// p = 10 %: a × 0.9 → P 5.6, Q 4.8, R 4.7: Q 2, R 3; a × 1.1 → P 6.4, Q 5.2, R 5.3: R 2, Q 3;
		// b × 0.9 → P 5.8, Q 4.7, R 4.8: R 2, Q 3; b × 1.1 → P 6.2, Q 5.3, R 5.2: Q 2, R 3.
		// P stays 1; Q and R move between 2 and 3: one place, stable.
		var small = Sensitivity.of(List.of(1L, 2L, 3L), weights("1", "1"), Map.of(1L, scores(4, 2), 2L, scores(2, 3), 3L, scores(3, 2)), 10);
		assertThat(small).extracting(Sensitivity.Range::unstable).containsOnly(false);
		assertThat(small.get(1).best()).isEqualTo(2);
		assertThat(small.get(1).worst()).isEqualTo(3);
		// p = 100 %: a × 0 → P 2, Q 3, R 2: Q 1, P and R 2 → P moves from 1 to 2 only; Q 1–3 → unstable.
		// (b × 0 → P 4, Q 2, R 3: P 1, R 2, Q 3; b × 2 → P 8, Q 8, R 7: P 1, Q 1, R 3; a × 2 → P 10, Q 7, R 8.)
		var large = Sensitivity.of(List.of(1L, 2L, 3L), weights("1", "1"), Map.of(1L, scores(4, 2), 2L, scores(2, 3), 3L, scores(3, 2)), 100);
		assertThat(large.get(1)).isEqualTo(new Sensitivity.Range(2, 2, 1, 3, true, List.of(1L, 2L)));
		assertThat(large.get(0).unstable()).isFalse();
	}

	@Test
	void theVariationIsOneToOneHundredPercent() {
		assertThatThrownBy(() -> Sensitivity.of(List.of(), weights("1"), Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Sensitivity.of(List.of(), weights("1"), Map.of(), 101)).isInstanceOf(IllegalArgumentException.class);
	}
}
