package org.openasm.partners;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What partners have put on the table, in the workspace's currency: the total, by partner, by status
 * and by year. Each commitment is converted at the rate recorded with it and rounded to cents; a
 * commitment over several years is spread evenly over them (400 over 2025–2028 is 100 a year), any
 * cent left over by the division going to the last year so the years add up to the commitment.
 */
final class CommitmentTotals {

	/** One commitment as the totals see it. */
	record Line(long partnerId, CommitmentStatus status, BigDecimal amount, BigDecimal rate, int yearFrom, int yearTo) {
	}

	private final BigDecimal total;

	private final Map<Long, BigDecimal> byPartner;

	private final Map<CommitmentStatus, BigDecimal> byStatus;

	private final SortedMap<Integer, BigDecimal> byYear;

	private CommitmentTotals(BigDecimal total, Map<Long, BigDecimal> byPartner, Map<CommitmentStatus, BigDecimal> byStatus,
			SortedMap<Integer, BigDecimal> byYear) {
		this.total = total;
		this.byPartner = Collections.unmodifiableMap(byPartner);
		this.byStatus = Collections.unmodifiableMap(byStatus);
		this.byYear = Collections.unmodifiableSortedMap(byYear);
	}

	static CommitmentTotals of(List<Line> lines) {
		BigDecimal total = zero();
		Map<Long, BigDecimal> byPartner = new LinkedHashMap<>();
		Map<CommitmentStatus, BigDecimal> byStatus = new EnumMap<>(CommitmentStatus.class);
		for (CommitmentStatus status : CommitmentStatus.values()) {
			byStatus.put(status, zero());
		}
		SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
		for (Line line : lines) {
			BigDecimal converted = converted(line.amount(), line.rate());
			total = total.add(converted);
			byPartner.merge(line.partnerId(), converted, BigDecimal::add);
			byStatus.merge(line.status(), converted, BigDecimal::add);
			spread(converted, line.yearFrom(), line.yearTo()).forEach((year, share) -> byYear.merge(year, share, BigDecimal::add));
		}
		return new CommitmentTotals(total, byPartner, byStatus, byYear);
	}

	/** An amount in the workspace's currency: amount × rate, to the cent (half up). */
	static BigDecimal converted(BigDecimal amount, BigDecimal rate) {
		return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}

	/** An amount spread evenly over the years {@code from} to {@code to} inclusive; the last year takes the remainder. */
	static SortedMap<Integer, BigDecimal> spread(BigDecimal amount, int from, int to) {
		SortedMap<Integer, BigDecimal> years = new TreeMap<>();
		int count = to - from + 1;
		BigDecimal share = amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
		BigDecimal rest = amount.setScale(2, RoundingMode.HALF_UP);
		for (int year = from; year < to; year++) {
			years.put(year, share);
			rest = rest.subtract(share);
		}
		years.put(to, rest);
		return years;
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

	public BigDecimal total() {
		return total;
	}

	/** Partner id to its total; a partner without commitments is absent. */
	public Map<Long, BigDecimal> byPartner() {
		return byPartner;
	}

	public BigDecimal ofPartner(long partnerId) {
		return byPartner.getOrDefault(partnerId, zero());
	}

	/** Every status, in order, zero where nothing has that status. */
	public Map<CommitmentStatus, BigDecimal> byStatus() {
		return byStatus;
	}

	/** Each year any commitment covers, earliest first. */
	public SortedMap<Integer, BigDecimal> byYear() {
		return byYear;
	}
}
