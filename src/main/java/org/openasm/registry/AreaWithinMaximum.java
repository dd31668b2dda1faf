package org.openasm.registry;

/** The area asked for is not larger than the category's maximum (e.g. 2.5 ha asked, 2 ha allowed: fails). */
final class AreaWithinMaximum implements CheckRule {

	@Override
	public CheckResult check(CheckInput in) {
		String rule = CheckResult.AREA_WITHIN_MAXIMUM;
		var max = in.category().maxAreaHectares();
		var asked = in.hectares().setScale(2, java.math.RoundingMode.HALF_UP);
		if (in.hectares().compareTo(max) > 0) {
			return CheckResult.failed(rule, "registry.check.maximum.failed", asked, max, in.category().name());
		}
		return CheckResult.passed(rule, "registry.check.maximum.passed", asked, max, in.category().name());
	}
}
