package org.openasm.stakeholders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * Whether the forum concretely informs policy: how many inputs got a response, how fast (the median
 * number of days from raised to answered), and how many changed something (accepted in whole or in
 * part and linked to the record they informed).
 */
record Responsiveness(Share answered, BigDecimal medianDays, Share changedSomething) {

	static Responsiveness of(Collection<ForumState.Raised> inputs) {
		List<ForumState.Raised> answered = inputs.stream().filter(ForumState.Raised::answered).toList();
		List<Long> days = answered.stream()
			.map(i -> ChronoUnit.DAYS.between(i.raisedOn(), i.respondedOn()))
			.sorted()
			.toList();
		int changed = (int) answered.stream().filter(i -> i.decision().changesSomething() && i.linked()).count();
		return new Responsiveness(new Share(answered.size(), inputs.size()), median(days),
				new Share(changed, inputs.size()));
	}

	/** The middle value, or the mean of the two middle values; null when there is none. */
	static BigDecimal median(List<Long> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int mid = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return BigDecimal.valueOf(sorted.get(mid));
		}
		return BigDecimal.valueOf(sorted.get(mid - 1) + sorted.get(mid)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}
}
