package org.openasm.registry;

/**
 * The whole area lies inside the jurisdiction (the union of its top-level areas' boundaries, edge
 * included). When the workspace has no boundaries the check cannot be made: it passes, saying so.
 */
final class InsideJurisdiction implements CheckRule {

	@Override
	public CheckResult check(CheckInput in) {
		String rule = CheckResult.INSIDE_JURISDICTION;
		if (in.jurisdiction() == null) {
			return CheckResult.passed(rule, "registry.check.jurisdiction.unknown");
		}
		if (!in.spatial()) {
			return CheckRule.notMade(rule);
		}
		if (in.jurisdiction().covers(in.area())) {
			return CheckResult.passed(rule, "registry.check.jurisdiction.passed");
		}
		return CheckResult.failed(rule, "registry.check.jurisdiction.outside");
	}
}
