package org.openasm.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.openasm.geo.GeoJson;
import org.openasm.shared.DomainRuleViolation;

/**
 * Reads an area as people give it: a GeoJSON geometry, Feature or FeatureCollection holding one
 * Polygon or MultiPolygon (as drawn on a map or exported from a GIS), or coordinates typed from a GPS
 * reading, one {@code lon lat} or {@code lon,lat} pair per line or separated by semicolons, longitude
 * first, in decimal degrees; a typed ring is closed automatically. Nothing else about the area is
 * checked here: whether the polygon is valid is the {@link ValidGeometry} check, so an officer sees
 * why a drawn polygon fails rather than a refusal to read it.
 * <p>
 * Every refusal is a {@link DomainRuleViolation} on the field {@code area}: {@code registry.area.empty},
 * {@code registry.area.unreadable}, {@code registry.area.notPolygon} (with the type found),
 * {@code registry.area.severalFeatures} (with the count), {@code registry.area.point} (with the
 * line number and the text), {@code registry.area.outOfRange} (longitude, latitude),
 * {@code registry.area.tooFewPoints} (the count) and {@code registry.area.ringOpen} (the ring's number).
 */
final class AreaInput {

	private AreaInput() {
	}

	/** The polygon or multipolygon the text describes, in longitude/latitude. */
	static Geometry read(String text) {
		if (text == null || text.isBlank()) {
			throw new DomainRuleViolation("area", "registry.area.empty");
		}
		String t = text.strip();
		return t.startsWith("{") ? geoJson(t) : typed(t);
	}

	private static Geometry geoJson(String json) {
		String type = topLevelType(json);
		String collection = switch (type) {
			case "FeatureCollection" -> json;
			case "Feature" -> "{\"type\":\"FeatureCollection\",\"features\":[" + json + "]}";
			case "Polygon", "MultiPolygon", "Point", "LineString", "MultiPoint", "MultiLineString", "GeometryCollection" ->
				"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + json + "}]}";
			default -> throw new DomainRuleViolation("area", "registry.area.unreadable");
		};
		List<GeoJson.Refused> refusals = new ArrayList<>();
		List<GeoJson.Feature> features;
		try {
			features = GeoJson.read(collection.getBytes(StandardCharsets.UTF_8), refusals);
		}
		catch (GeoJson.Refused refused) {
			throw refusal(refused);
		}
		if (!refusals.isEmpty()) {
			throw refusal(refusals.get(0));
		}
		if (features.size() != 1) {
			throw new DomainRuleViolation("area", "registry.area.severalFeatures", features.size());
		}
		Geometry g = features.get(0).geometry();
		if (g == null) {
			throw new DomainRuleViolation("area", "registry.area.unreadable");
		}
		if (!(g instanceof Polygon) && !(g instanceof MultiPolygon)) {
			throw new DomainRuleViolation("area", "registry.area.notPolygon", g.getGeometryType());
		}
		return g;
	}

	/** The {@code type} of the top-level JSON object, read without a full parse (GeoJson reads it properly after). */
	private static String topLevelType(String json) {
		try {
			tools.jackson.databind.JsonNode root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
			tools.jackson.databind.JsonNode type = root == null ? null : root.get("type");
			return type == null || !type.isString() ? "" : type.asString();
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new DomainRuleViolation("area", "registry.area.unreadable");
		}
	}

	private static DomainRuleViolation refusal(GeoJson.Refused refused) {
		return switch (refused.messageKey()) {
			case "geojson.geometry.type" -> new DomainRuleViolation("area", "registry.area.notPolygon", refused.args());
			case "geojson.position.outOfRange" -> new DomainRuleViolation("area", "registry.area.outOfRange", refused.args());
			case "geojson.ring.open" -> new DomainRuleViolation("area", "registry.area.ringOpen", refused.args());
			case "geojson.ring.tooShort" -> new DomainRuleViolation("area", "registry.area.tooFewPoints", refused.args()[1]);
			default -> new DomainRuleViolation("area", "registry.area.unreadable");
		};
	}

	private static Geometry typed(String text) {
		List<Coordinate> points = new ArrayList<>();
		String[] lines = text.split("\\r?\\n|\\r|;");
		int number = 0;
		for (String line : lines) {
			number++;
			String l = line.strip();
			if (l.isEmpty()) {
				continue;
			}
			String[] parts = l.split("\\s*,\\s*|\\s+");
			if (parts.length != 2) {
				throw new DomainRuleViolation("area", "registry.area.point", number, l);
			}
			double lon;
			double lat;
			try {
				lon = Double.parseDouble(parts[0]);
				lat = Double.parseDouble(parts[1]);
			}
			catch (NumberFormatException ex) {
				throw new DomainRuleViolation("area", "registry.area.point", number, l);
			}
			if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
				throw new DomainRuleViolation("area", "registry.area.outOfRange", lon, lat);
			}
			points.add(new Coordinate(lon, lat));
		}
		if (points.size() > 1 && points.get(0).equals2D(points.get(points.size() - 1))) {
			points.remove(points.size() - 1);
		}
		if (points.size() < 3) {
			throw new DomainRuleViolation("area", "registry.area.tooFewPoints", points.size());
		}
		points.add(new Coordinate(points.get(0)));
		return GeoJson.FACTORY.createPolygon(points.toArray(Coordinate[]::new));
	}
}
