package org.openasm.typology;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A recorded ranking as the strategy step reads it: who recorded it and when, the variation p (in
 * percent) tried on each weight, whether weights or scores changed since ({@code outOfDate}), the
 * weights, and the ranked types best first with their range of ranks under the sensitivity test.
 */
public record RankingFacts(long id, Instant recordedAt, String recordedBy, int percent, boolean outOfDate, List<Weight> weights,
		List<RankedType> ranked, List<String> unscored) {

	/** A criterion's weight; {@code code} is set for the guidance's five, {@code name} for one users added. */
	public record Weight(long criterionId, String code, String name, BigDecimal weight) {
	}

	/** A ranked type; {@code hingesOn} are the criteria whose weight moved it, by id. */
	public record RankedType(long typeId, String name, BigDecimal score, int rank, int bestRank, int worstRank, boolean unstable,
			List<Long> hingesOn) {
	}
}
