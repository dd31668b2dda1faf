package org.openasm.registry;

import java.util.List;

/** The area overlaps no licence that holds ground (ACTIVE or SUSPENDED); a shared edge is not an overlap. Names the licences hit. */
final class ClearOfLicences implements CheckRule {

	@Override
	public CheckResult check(CheckInput in) {
		String rule = CheckResult.CLEAR_OF_LICENCES;
		if (!in.spatial()) {
			return CheckRule.notMade(rule);
		}
		List<String> hit = in.overlapping(SpatialIndex.Kind.LICENCE).stream().map(SpatialIndex.Hit::label).toList();
		if (hit.isEmpty()) {
			return CheckResult.passed(rule, "registry.check.licences.passed");
		}
		return CheckResult.failed(rule, "registry.check.licences.failed", hit.size(), CheckRule.names(hit));
	}
}
