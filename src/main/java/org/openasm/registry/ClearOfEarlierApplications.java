package org.openasm.registry;

import java.util.Comparator;
import java.util.List;

/**
 * The area overlaps no pending application submitted before this one (first come, first served by
 * submission time, ties by the lower id; a new application, with no id yet, comes after every stored
 * one submitted at the same instant). Later applications do not count against it. Names each earlier
 * application with its submission time.
 */
final class ClearOfEarlierApplications implements CheckRule {

	@Override
	public CheckResult check(CheckInput in) {
		String rule = CheckResult.CLEAR_OF_EARLIER_APPLICATIONS;
		if (!in.spatial()) {
			return CheckRule.notMade(rule);
		}
		List<SpatialIndex.Hit> earlier = in.overlapping(SpatialIndex.Kind.APPLICATION)
			.stream()
			.filter(h -> !Long.valueOf(h.id()).equals(in.ownApplicationId()))
			.filter(h -> h.submittedBefore(in.submittedAt(), in.ownApplicationId()))
			.sorted(Comparator.comparing(SpatialIndex.Hit::submittedAt).thenComparingLong(SpatialIndex.Hit::id))
			.toList();
		if (earlier.isEmpty()) {
			return CheckResult.passed(rule, "registry.check.applications.passed");
		}
		List<String> named = earlier.stream().map(h -> h.label() + " (" + CheckRule.time(h.submittedAt()) + ")").toList();
		String shown = String.join(", ", named.subList(0, Math.min(NAMES_SHOWN, named.size()))) + (named.size() > NAMES_SHOWN ? ", …" : "");
		return CheckResult.failed(rule, "registry.check.applications.failed", earlier.size(), shown);
	}
}
