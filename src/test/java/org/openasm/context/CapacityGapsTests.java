package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.context.CapacityGaps.Rated;

/** The ranking of capacity gaps, on cases small enough to check by hand. */
class CapacityGapsTests {

	static Rated rated(String agency, String function, int existing, int needed) {
		return new Rated(agency.hashCode(), agency, function.hashCode(), function, existing, needed);
	}

	static List<String> names(List<Rated> ranked) {
		return ranked.stream().map(r -> r.agency() + "/" + r.function() + " " + r.gap()).toList();
	}

	@Test
	void theGapIsTheNeededLevelMinusTheExistingOne() {
		assertThat(rated("Mines", "Inspection", 1, 3).gap()).isEqualTo(2);
		assertThat(rated("Mines", "Inspection", 3, 1).gap()).isEqualTo(-2);
	}

	@Test
	void noGapOrCapacityAboveNeedIsNotAGap() {
		assertThat(CapacityGaps.ranked(List.of(rated("Mines", "Licensing", 2, 2), rated("Mines", "Health", 3, 1)))).isEmpty();
	}

	@Test
	void largestGapFirst() {
		List<Rated> ranked = CapacityGaps.ranked(List.of(rated("Mines", "Licensing", 2, 3), rated("Environment", "Monitoring", 0, 3),
				rated("Finance", "Revenue", 1, 3)));
		assertThat(names(ranked)).containsExactly("Environment/Monitoring 3", "Finance/Revenue 2", "Mines/Licensing 1");
	}

	@Test
	void equalGapsRankTheHigherNeededLevelFirst() {
		// Both miss 2 levels; inspection is needed at 3, environmental monitoring at 2.
		List<Rated> ranked = CapacityGaps.ranked(List.of(rated("Mines", "Environmental monitoring", 0, 2),
				rated("Mines", "Inspection", 1, 3)));
		assertThat(names(ranked)).containsExactly("Mines/Inspection 2", "Mines/Environmental monitoring 2");
	}

	@Test
	void fullTiesReadByAgencyThenFunctionIgnoringCase() {
		List<Rated> ranked = CapacityGaps.ranked(List.of(rated("water", "Data", 1, 3), rated("Mines", "Licensing", 1, 3),
				rated("Mines", "data", 1, 3), rated("Land", "Licensing", 1, 3)));
		assertThat(names(ranked)).containsExactly("Land/Licensing 2", "Mines/data 2", "Mines/Licensing 2", "water/Data 2");
	}

	@Test
	void theLargestAreCutAtTheLimit() {
		List<Rated> all = List.of(rated("A", "f", 0, 1), rated("B", "f", 0, 2), rated("C", "f", 0, 3));
		assertThat(names(CapacityGaps.largest(all, 2))).containsExactly("C/f 3", "B/f 2");
	}
}
