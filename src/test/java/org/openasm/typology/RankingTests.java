package org.openasm.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The weighted ranking, computed by hand in the comments. */
class RankingTests {

	static Map<Long, BigDecimal> weights(String... w) {
		Map<Long, BigDecimal> weights = new LinkedHashMap<>();
		for (int i = 0; i < w.length; i++) {
			weights.put((long) (i + 1), new BigDecimal(w[i]));
		}
		return weights;
	}

	static Map<Long, Integer> scores(int... s) {
		Map<Long, Integer> scores = new LinkedHashMap<>();
		for (int i = 0; i < s.length; i++) {
			scores.put((long) (i + 1), s[i]);
		}
		return scores;
	}

	@Test
	void theWeightedScoreStaysOnTheScaleAndEqualScoresShareARank() {
		// Weights 2 and 1 (Σ = 3). A: (2·5 + 2)/3 = 4.00; B: (2·4 + 4)/3 = 4.00; C: (2·3 + 5)/3 = 3.67;
		// D: (2·1 + 1)/3 = 1.00. A and B share rank 1, C is 3 (rank 2 skipped), D is 4.
		var places = Ranking.rank(List.of(10L, 20L, 30L, 40L), weights("2", "1"),
				Map.of(10L, scores(5, 2), 20L, scores(4, 4), 30L, scores(3, 5), 40L, scores(1, 1)));
		assertThat(places).containsExactly(new Ranking.Place(10, new BigDecimal("4.00"), 1), new Ranking.Place(20, new BigDecimal("4.00"), 1),
				new Ranking.Place(30, new BigDecimal("3.67"), 3), new Ranking.Place(40, new BigDecimal("1.00"), 4));
	}

	@Test
	void scoresAreComparedExactlyNotAfterRounding() {
		// Weights 1, 1, 1 (Σ = 3). A: 13/3 = 4.333…; B: 4.33 would round the same, but B scores (5, 4, 4)
		// = 13/3 too, so they tie; C (5, 5, 2) = 12/3 = 4.00 is third.
		var places = Ranking.rank(List.of(1L, 2L, 3L), weights("1", "1", "1"),
				Map.of(1L, scores(4, 4, 5), 2L, scores(5, 4, 4), 3L, scores(5, 5, 2)));
		assertThat(places).extracting(Ranking.Place::rank).containsExactly(1, 1, 3);
		assertThat(places.get(0).score()).isEqualByComparingTo("4.33");
	}

	@Test
	void onlyTypesScoredOnEveryCriterionAreRanked() {
		// Type 2 lacks criterion 2.
		var complete = Ranking.complete(List.of(1L, 2L, 3L), List.of(1L, 2L),
				Map.of(1L, scores(3, 3), 2L, Map.of(1L, 5), 3L, scores(1, 2)));
		assertThat(complete).containsExactly(1L, 3L);
	}

	@Test
	void aHeavierWeightMovesTheRanking() {
		// Weights 1, 1: X (5, 1) = 3, Y (2, 3) = 2.5 → X first. Weights 1, 4: X = (5 + 4)/5 = 1.8,
		// Y = (2 + 12)/5 = 2.8 → Y first.
		Map<Long, Map<Long, Integer>> s = Map.of(1L, scores(5, 1), 2L, scores(2, 3));
		assertThat(Ranking.rank(List.of(1L, 2L), weights("1", "1"), s).get(0).typeId()).isEqualTo(1L);
		var heavy = Ranking.rank(List.of(1L, 2L), weights("1", "4"), s);
		assertThat(heavy.get(0).typeId()).isEqualTo(2L);
		assertThat(heavy.get(0).score()).isEqualByComparingTo("2.80");
		assertThat(heavy.get(1).score()).isEqualByComparingTo("1.80");
	}
}
