package org.openasm.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.GeoJson;

/**
 * The administrative areas of a workspace read once, deepest first, to name the district of many
 * licences (an export of the whole register) without a query per licence. A licence's district is
 * the deepest area holding the centre of its envelope; none when the workspace has no boundaries.
 */
final class Districts {

	private record Outline(String name, int level, PreparedGeometry outline) {
	}

	private final List<Outline> deepestFirst;

	private Districts(List<Outline> deepestFirst) {
		this.deepestFirst = deepestFirst;
	}

	static Districts of(AdministrativeAreas areas, long workspaceId) {
		List<Outline> outlines = new ArrayList<>();
		for (GeoJson.Feature f : GeoJson.read(areas.boundariesGeoJson(workspaceId).getBytes(StandardCharsets.UTF_8), new ArrayList<>())) {
			if (f.geometry() != null) {
				outlines.add(new Outline(f.property("name"), Integer.parseInt(f.property("level")), PreparedGeometryFactory.prepare(f.geometry())));
			}
		}
		outlines.sort(Comparator.comparingInt(Outline::level).reversed());
		return new Districts(List.copyOf(outlines));
	}

	/** The name of the deepest area holding the point, or null. */
	String nameAt(double lon, double lat) {
		if (deepestFirst.isEmpty()) {
			return null;
		}
		Point point = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
		return deepestFirst.stream().filter(o -> o.outline().covers(point)).map(Outline::name).findFirst().orElse(null);
	}
}
