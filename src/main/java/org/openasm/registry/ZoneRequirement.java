package org.openasm.registry;

import java.util.Comparator;

/**
 * What ASM zones require. A category valid only in zones needs the whole area inside one zone. And a
 * zone with a capacity takes no more licences once that many hold ground in it, whatever the category:
 * an area inside a full zone fails, naming the zone and its capacity. Otherwise the check passes,
 * naming the zone the area lies in, if any.
 */
final class ZoneRequirement implements CheckRule {

	@Override
	public CheckResult check(CheckInput in) {
		String rule = CheckResult.ZONE_REQUIREMENT;
		if (!in.spatial()) {
			return CheckRule.notMade(rule);
		}
		var zones = in.zones().stream().sorted(Comparator.comparing(CheckInput.ZoneFit::name)).toList();
		if (zones.isEmpty()) {
			return in.category().zonesOnly() ? CheckResult.failed(rule, "registry.check.zone.outside", in.category().name())
					: CheckResult.passed(rule, "registry.check.zone.notRequired");
		}
		for (CheckInput.ZoneFit zone : zones) {
			if (zone.full()) {
				return CheckResult.failed(rule, "registry.check.zone.full", zone.name(), zone.maxLicences(), zone.licences());
			}
		}
		return CheckResult.passed(rule, "registry.check.zone.inside", zones.get(0).name());
	}
}
