package org.openasm.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo jurisdiction's four regions and their districts (all fictional), with simple outlines
 * tiling a country between about 0° and 4°E and 8° and 12°N: the Northern Highlands across the north,
 * the Lake Basin (west) and the Eastern Plateau (east) in the middle, the Coastal Lowlands along a
 * southern coast. Each region's outline is the union of its districts'.
 */
@Component
class DemoAreas {

	private static final Map<String, List<String>> REGIONS = new LinkedHashMap<>();

	/** District outlines, longitude then latitude, closed. */
	private static final Map<String, double[]> DISTRICTS = new LinkedHashMap<>();

	static {
		REGIONS.put("Northern Highlands", List.of("Kirru", "Tambali", "Osso Ridge"));
		REGIONS.put("Lake Basin", List.of("Nyaloa", "Sundiri"));
		REGIONS.put("Eastern Plateau", List.of("Owela", "Marasi"));
		REGIONS.put("Coastal Lowlands", List.of("Port Selem", "Damba"));
		DISTRICTS.put("Kirru", new double[] { 0, 10.5, 1.4, 10.5, 1.4, 11.9, 0.7, 12.0, 0, 11.8, 0, 10.5 });
		DISTRICTS.put("Tambali", new double[] { 1.4, 10.5, 2.7, 10.5, 2.7, 11.95, 2.0, 12.1, 1.4, 11.9, 1.4, 10.5 });
		DISTRICTS.put("Osso Ridge", new double[] { 2.7, 10.5, 4, 10.5, 4, 11.7, 3.4, 11.85, 2.7, 11.95, 2.7, 10.5 });
		DISTRICTS.put("Nyaloa", new double[] { 0, 8.8, 1, 8.8, 1, 10.5, 0, 10.5, 0, 8.8 });
		DISTRICTS.put("Sundiri", new double[] { 1, 8.8, 2, 8.8, 2, 10.5, 1, 10.5, 1, 8.8 });
		DISTRICTS.put("Owela", new double[] { 2, 8.8, 3, 8.8, 3, 10.5, 2, 10.5, 2, 8.8 });
		DISTRICTS.put("Marasi", new double[] { 3, 8.8, 4, 8.8, 4, 10.5, 3, 10.5, 3, 8.8 });
		DISTRICTS.put("Port Selem", new double[] { 0, 8.8, 0, 8.15, 1, 8.0, 2, 8.1, 2, 8.8, 0, 8.8 });
		DISTRICTS.put("Damba", new double[] { 2, 8.8, 2, 8.1, 3, 8.0, 4, 8.2, 4, 8.8, 2, 8.8 });
	}

	private final AdministrativeAreas areas;

	DemoAreas(AdministrativeAreas areas) {
		this.areas = areas;
	}

	/** First among the demo seeders, so that other modules' demo records can be placed in these areas. */
	@EventListener
	@org.springframework.core.annotation.Order(0)
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		Map<String, Geometry> outlines = outlines();
		int r = 0;
		for (Map.Entry<String, List<String>> region : REGIONS.entrySet()) {
			r++;
			long regionId = areas.add(event.workspaceId(), form(region.getKey(), "XM-" + r, null));
			areas.outline(event.workspaceId(), regionId, outlines.get(region.getKey()));
			int d = 0;
			for (String district : region.getValue()) {
				d++;
				long districtId = areas.add(event.workspaceId(), form(district, "XM-" + r + "-" + d, regionId));
				areas.outline(event.workspaceId(), districtId, outlines.get(district));
			}
		}
	}

	/** Every demo area's outline by name: the districts', and each region's as the union of its districts'. */
	static Map<String, Geometry> outlines() {
		Map<String, Geometry> outlines = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> region : REGIONS.entrySet()) {
			List<Geometry> parts = region.getValue().stream().map(d -> (Geometry) polygon(DISTRICTS.get(d))).toList();
			outlines.put(region.getKey(), GeoJson.FACTORY.buildGeometry(parts).union());
			region.getValue().forEach(d -> outlines.put(d, polygon(DISTRICTS.get(d))));
		}
		return outlines;
	}

	private static Polygon polygon(double[] lonLat) {
		Coordinate[] ring = new Coordinate[lonLat.length / 2];
		for (int i = 0; i < ring.length; i++) {
			ring[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
		}
		return GeoJson.FACTORY.createPolygon(ring);
	}

	private static AreaForm form(String name, String code, Long parentId) {
		AreaForm form = new AreaForm();
		form.setName(name);
		form.setCode(code);
		form.setParentId(parentId);
		return form;
	}
}
