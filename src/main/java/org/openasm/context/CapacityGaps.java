package org.openasm.context;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The capacity gaps of the grid, largest first. A gap is the needed level minus the existing one
 * (ratings with nothing missing are no gap). Ranked by the gap, then by the level needed (a function
 * needed at 3 and missing 2 weighs more than one needed at 2 and missing 2), then by agency and
 * function name so that ties read in a stable order.
 */
final class CapacityGaps {

	private CapacityGaps() {
	}

	/** One rated cell with the names the ranking reads. */
	record Rated(long agencyId, String agency, long functionId, String function, int existing, int needed) {

		int gap() {
			return needed - existing;
		}

		public int getGap() {
			return gap();
		}
	}

	static final Comparator<Rated> LARGEST_FIRST = Comparator.comparingInt(Rated::gap)
		.reversed()
		.thenComparing(Comparator.comparingInt(Rated::needed).reversed())
		.thenComparing(Rated::agency, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(Rated::function, String.CASE_INSENSITIVE_ORDER);

	/** Every gap (needed above existing), largest first. */
	static List<Rated> ranked(Collection<Rated> ratings) {
		return ratings.stream().filter(r -> r.gap() > 0).sorted(LARGEST_FIRST).toList();
	}

	/** The {@code limit} largest gaps. */
	static List<Rated> largest(Collection<Rated> ratings, int limit) {
		return ranked(ratings).stream().limit(limit).toList();
	}
}
