package org.openasm.registry;

import java.util.List;

/** The area overlaps no protected area (a forest reserve, a national park); a shared edge is not an overlap. Names the areas hit. */
final class ClearOfProtectedAreas implements CheckRule {

	@Override
	public CheckResult check(CheckInput in) {
		String rule = CheckResult.CLEAR_OF_PROTECTED_AREAS;
		if (!in.spatial()) {
			return CheckRule.notMade(rule);
		}
		List<String> hit = in.overlapping(SpatialIndex.Kind.PROTECTED_AREA).stream().map(SpatialIndex.Hit::label).toList();
		if (hit.isEmpty()) {
			return CheckResult.passed(rule, "registry.check.protected.passed");
		}
		return CheckResult.failed(rule, "registry.check.protected.failed", hit.size(), CheckRule.names(hit));
	}
}
