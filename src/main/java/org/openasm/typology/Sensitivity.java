package org.openasm.typology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much the ranking depends on the weights. Each weight in turn is multiplied by (1 − p) and by
 * (1 + p), the others kept, and the types are ranked again: 2n scenarios for n criteria. A type's range
 * is the best and worst rank it takes over the base ranking and all the scenarios. A type whose range
 * spans more than one place (worst − best ≥ 2, e.g. from 2nd to 4th) is unstable: its place depends on
 * how the weights are set. The criteria it hinges on are those whose change moved it from its base rank.
 *
 * <p>Example with p = 50 %: weights a = 1, b = 1; X scores (5, 1), Y (1, 5), Z (3, 3). Base: all three
 * score 3.00 and share rank 1. a × 0.5: X = 0.5·5 + 1 = 3.5, Y = 0.5 + 5 = 5.5, Z = 1.5 + 3 = 4.5 → Y 1,
 * Z 2, X 3. a × 1.5: X 8.5, Y 6.5, Z 7.5 → X 1, Z 2, Y 3; b likewise mirrored. X and Y range from 1 to 3
 * (unstable, hinging on a and b); Z from 1 to 2 (stable).
 */
final class Sensitivity {

	/** The variation tried by default: 20 %. */
	static final int DEFAULT_PERCENT = 20;

	/** One type's range of ranks and the criteria whose weight moved it. */
	record Range(long typeId, int baseRank, int best, int worst, boolean unstable, List<Long> hingesOn) {
	}

	private Sensitivity() {
	}

	/** {@code percent} is p in percent, 1 to 100. Types as for {@link Ranking#rank}. */
	static List<Range> of(List<Long> typeIds, Map<Long, BigDecimal> weights, Map<Long, Map<Long, Integer>> scores, int percent) {
		if (percent < 1 || percent > 100) {
			throw new IllegalArgumentException("p must be 1 to 100 %");
		}
		Map<Long, Integer> base = ranks(Ranking.rank(typeIds, weights, scores));
		Map<Long, int[]> range = new LinkedHashMap<>();
		Map<Long, Set<Long>> hinges = new LinkedHashMap<>();
		for (long type : typeIds) {
			range.put(type, new int[] { base.get(type), base.get(type) });
			hinges.put(type, new LinkedHashSet<>());
		}
		BigDecimal p = BigDecimal.valueOf(percent).movePointLeft(2);
		for (long criterion : weights.keySet()) {
			for (BigDecimal factor : List.of(BigDecimal.ONE.subtract(p), BigDecimal.ONE.add(p))) {
				Map<Long, BigDecimal> varied = new LinkedHashMap<>(weights);
				varied.put(criterion, weights.get(criterion).multiply(factor));
				Map<Long, Integer> ranks = ranks(Ranking.rank(typeIds, varied, scores));
				for (long type : typeIds) {
					int rank = ranks.get(type);
					int[] r = range.get(type);
					r[0] = Math.min(r[0], rank);
					r[1] = Math.max(r[1], rank);
					if (rank != base.get(type)) {
						hinges.get(type).add(criterion);
					}
				}
			}
		}
		List<Range> out = new ArrayList<>();
		for (long type : typeIds) {
			int[] r = range.get(type);
			out.add(new Range(type, base.get(type), r[0], r[1], r[1] - r[0] >= 2, List.copyOf(hinges.get(type))));
		}
		return out;
	}

	private static Map<Long, Integer> ranks(List<Ranking.Place> places) {
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		places.forEach(p -> ranks.put(p.typeId(), p.rank()));
		return ranks;
	}
}
