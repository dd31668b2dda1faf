package org.openasm.typology;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted ranking of types. A type's weighted score is Σ wᵢsᵢ / Σ wᵢ over the criteria (so it stays
 * on the 1–5 scale of the scores); types are ranked by it, highest first, and equal scores share a rank
 * with the next rank skipped (1, 2, 2, 4). Only types scored on every criterion are ranked; the others
 * are listed as missing scores. Scores are compared exactly (Σ wᵢsᵢ, as every type shares Σ wᵢ), never
 * after rounding.
 *
 * <p>Example: weights 2 and 1; A scores 5 and 2, B 4 and 4, C 3 and 5. Σ w = 3; A = (10 + 2) / 3 = 4.00,
 * B = (8 + 4) / 3 = 4.00, C = (6 + 5) / 3 = 3.67: A and B share rank 1, C is 3.
 */
final class Ranking {

	/** One ranked type: its weighted score (2 decimals, for reading) and rank. */
	record Place(long typeId, BigDecimal score, int rank) {
	}

	private Ranking() {
	}

	/** The ids of the types scored on every criterion, in the order given. */
	static List<Long> complete(List<Long> typeIds, List<Long> criterionIds, Map<Long, Map<Long, Integer>> scores) {
		return typeIds.stream()
			.filter(t -> criterionIds.stream().allMatch(c -> scores.getOrDefault(t, Map.of()).containsKey(c)))
			.toList();
	}

	/**
	 * Ranks the given types (each scored on every criterion in {@code weights}); returns them best first,
	 * ties in the order given. No criteria, or weights summing to zero, rank every type 1.
	 */
	static List<Place> rank(List<Long> typeIds, Map<Long, BigDecimal> weights, Map<Long, Map<Long, Integer>> scores) {
		BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<Long, BigDecimal> sums = new LinkedHashMap<>();
		for (long type : typeIds) {
			BigDecimal sum = BigDecimal.ZERO;
			for (Map.Entry<Long, BigDecimal> w : weights.entrySet()) {
				sum = sum.add(w.getValue().multiply(BigDecimal.valueOf(scores.get(type).get(w.getKey()))));
			}
			sums.put(type, sum);
		}
		List<Long> order = new ArrayList<>(typeIds);
		order.sort(Comparator.comparing(sums::get, Comparator.reverseOrder()));
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			long type = order.get(i);
			int rank = i > 0 && sums.get(type).compareTo(sums.get(order.get(i - 1))) == 0 ? places.get(i - 1).rank() : i + 1;
			BigDecimal score = total.signum() == 0 ? BigDecimal.ZERO.setScale(2)
					: sums.get(type).divide(total, 2, RoundingMode.HALF_UP);
			places.add(new Place(type, score, rank));
		}
		return places;
	}
}
