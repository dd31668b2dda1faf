package org.openasm.registry;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.openasm.geo.GeoJson;

/**
 * The area is one valid polygon or multipolygon with some area: rings that do not cross themselves or
 * each other, holes inside their shell. JTS's reason is given when it is not (for example a
 * self-intersection and where it is), so the officer can redraw that corner.
 */
final class ValidGeometry implements CheckRule {

	@Override
	public CheckResult check(CheckInput in) {
		return check(in.area());
	}

	static boolean isValid(org.locationtech.jts.geom.Geometry area) {
		return check(area).passed();
	}

	static CheckResult check(org.locationtech.jts.geom.Geometry area) {
		String rule = CheckResult.VALID_GEOMETRY;
		if (area == null || area.isEmpty() || !(area instanceof Polygon || area instanceof MultiPolygon)) {
			return CheckResult.failed(rule, "registry.check.valid.notPolygon");
		}
		String why = GeoJson.invalidity(area);
		if (why != null) {
			return CheckResult.failed(rule, "registry.check.valid.invalid", why);
		}
		if (area.getArea() <= 0) {
			return CheckResult.failed(rule, "registry.check.valid.empty");
		}
		return CheckResult.passed(rule, "registry.check.valid.passed");
	}
}
