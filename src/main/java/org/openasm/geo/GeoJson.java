package org.openasm.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small reader and writer of RFC 7946 GeoJSON for what OpenASM exchanges: a FeatureCollection of
 * Points, Polygons and MultiPolygons in longitude/latitude (WGS 84), with flat properties. Kept here,
 * with JTS, rather than adding a GeoJSON library. The reader refuses, naming the feature (1 = the
 * first), a {@code crs} other than CRS84/EPSG:4326, a coordinate outside ±180/±90 and a ring that is
 * not closed or has fewer than four positions; whether a polygon is valid is for the caller
 * ({@link #invalidity(Geometry)}).
 */
public final class GeoJson {

	/** Longitude/latitude in WGS 84, SRID 4326. */
	public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> WGS84 = Set.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
			"urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:EPSG:4326", "EPSG:4326", "CRS84", "OGC:CRS84");

	private GeoJson() {
	}

	/** One feature: its number in the file (1 = the first), its properties as text, its geometry (null if none). */
	public record Feature(int number, Map<String, String> properties, Geometry geometry) {

		public String property(String name) {
			String value = properties.get(name);
			return value == null ? "" : value.strip();
		}
	}

	/** A file or a feature refused: feature 0 means the whole file; the key and arguments say why. */
	public static class Refused extends RuntimeException {

		private final int feature;

		private final String column;

		private final String messageKey;

		private final transient Object[] args;

		public Refused(int feature, String column, String messageKey, Object... args) {
			super(messageKey);
			this.feature = feature;
			this.column = column;
			this.messageKey = messageKey;
			this.args = args;
		}

		public int feature() {
			return feature;
		}

		public String column() {
			return column;
		}

		public String messageKey() {
			return messageKey;
		}

		public Object[] args() {
			return args;
		}
	}

	/** The features of a FeatureCollection, every one checked; all refusals are collected. */
	public static List<Feature> read(byte[] json, List<Refused> refusals) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new Refused(0, "file", "geojson.unreadable");
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))
				|| !root.path("features").isArray()) {
			throw new Refused(0, "file", "geojson.notFeatureCollection");
		}
		checkCrs(root.get("crs"), 0);
		List<Feature> features = new ArrayList<>();
		int number = 0;
		for (JsonNode node : root.get("features")) {
			number++;
			try {
				if (!node.isObject() || !"Feature".equals(text(node.get("type")))) {
					throw new Refused(number, "type", "geojson.notFeature");
				}
				checkCrs(node.get("crs"), number);
				Map<String, String> properties = new LinkedHashMap<>();
				JsonNode props = node.get("properties");
				if (props != null && props.isObject()) {
					for (Map.Entry<String, JsonNode> p : props.properties()) {
						JsonNode v = p.getValue();
						properties.put(p.getKey(), v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
					}
				}
				JsonNode geometry = node.get("geometry");
				features.add(new Feature(number, properties, geometry == null || geometry.isNull() ? null : geometry(geometry, number)));
			}
			catch (Refused refused) {
				refusals.add(refused);
			}
		}
		return features;
	}

	/** Why a polygon is not valid (JTS's reason, e.g. "Self-intersection at …"), or null when it is. */
	public static String invalidity(Geometry geometry) {
		org.locationtech.jts.operation.valid.IsValidOp op = new org.locationtech.jts.operation.valid.IsValidOp(geometry);
		if (op.isValid()) {
			return null;
		}
		var error = op.getValidationError();
		Coordinate at = error.getCoordinate();
		return at == null ? error.getMessage() : error.getMessage() + " (" + at.x + ", " + at.y + ")";
	}

	/** The geometry with longitude and latitude exchanged, as if the file had them the wrong way round. */
	public static Geometry swapped(Geometry geometry) {
		Geometry copy = geometry.copy();
		copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
			double x = c.x;
			c.x = c.y;
			c.y = x;
		});
		copy.geometryChanged();
		return copy;
	}

	private static void checkCrs(JsonNode crs, int number) {
		if (crs == null || crs.isNull()) {
			return;
		}
		String name = text(crs.path("properties").get("name"));
		if (name == null || !WGS84.contains(name.strip())) {
			throw new Refused(number, "crs", "geojson.crs", name == null ? crs.toString() : name);
		}
	}

	private static Geometry geometry(JsonNode node, int number) {
		String type = text(node.get("type"));
		JsonNode coordinates = node.get("coordinates");
		if (type == null || coordinates == null || !coordinates.isArray()) {
			throw new Refused(number, "geometry", "geojson.geometry.unreadable");
		}
		return switch (type) {
			case "Point" -> FACTORY.createPoint(position(coordinates, number));
			case "Polygon" -> polygon(coordinates, number);
			case "MultiPolygon" -> {
				List<Polygon> polygons = new ArrayList<>();
				for (JsonNode p : coordinates) {
					polygons.add(polygon(p, number));
				}
				yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
			}
			default -> throw new Refused(number, "geometry", "geojson.geometry.type", type);
		};
	}

	private static Polygon polygon(JsonNode rings, int number) {
		if (!rings.isArray() || rings.isEmpty()) {
			throw new Refused(number, "geometry", "geojson.geometry.unreadable");
		}
		List<LinearRing> read = new ArrayList<>();
		int index = 0;
		for (JsonNode ring : rings) {
			index++;
			if (!ring.isArray()) {
				throw new Refused(number, "geometry", "geojson.geometry.unreadable");
			}
			List<Coordinate> positions = new ArrayList<>();
			for (JsonNode p : ring) {
				positions.add(position(p, number));
			}
			if (positions.size() < 4) {
				throw new Refused(number, "geometry", "geojson.ring.tooShort", index, positions.size());
			}
			if (!positions.get(0).equals2D(positions.get(positions.size() - 1))) {
				throw new Refused(number, "geometry", "geojson.ring.open", index);
			}
			read.add(FACTORY.createLinearRing(positions.toArray(Coordinate[]::new)));
		}
		return FACTORY.createPolygon(read.get(0), read.subList(1, read.size()).toArray(LinearRing[]::new));
	}

	private static Coordinate position(JsonNode p, int number) {
		if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
			throw new Refused(number, "geometry", "geojson.geometry.unreadable");
		}
		double lon = p.get(0).doubleValue();
		double lat = p.get(1).doubleValue();
		if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
			throw new Refused(number, "geometry", "geojson.position.outOfRange", lon, lat);
		}
		return new Coordinate(lon, lat);
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
	}

	// Writing

	/** A geometry's GeoJSON object ({@code {"type":…,"coordinates":…}}). */
	public static String geometry(Geometry g) {
		StringBuilder out = new StringBuilder();
		if (g instanceof Point p) {
			out.append("{\"type\":\"Point\",\"coordinates\":");
			position(out, p.getCoordinate());
		}
		else if (g instanceof Polygon p) {
			out.append("{\"type\":\"Polygon\",\"coordinates\":");
			polygon(out, p);
		}
		else if (g instanceof MultiPolygon m) {
			out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < m.getNumGeometries(); i++) {
				if (i > 0) {
					out.append(',');
				}
				polygon(out, (Polygon) m.getGeometryN(i));
			}
			out.append(']');
		}
		else {
			throw new IllegalArgumentException(g.getGeometryType());
		}
		return out.append('}').toString();
	}

	/** A JSON string literal. */
	public static String quote(String s) {
		try {
			return JSON.writeValueAsString(s);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void polygon(StringBuilder out, Polygon p) {
		out.append('[');
		ring(out, p.getExteriorRing().getCoordinates());
		for (int i = 0; i < p.getNumInteriorRing(); i++) {
			out.append(',');
			ring(out, p.getInteriorRingN(i).getCoordinates());
		}
		out.append(']');
	}

	private static void ring(StringBuilder out, Coordinate[] coordinates) {
		out.append('[');
		for (int i = 0; i < coordinates.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			position(out, coordinates[i]);
		}
		out.append(']');
	}

	private static void position(StringBuilder out, Coordinate c) {
		out.append('[').append(round(c.x)).append(',').append(round(c.y)).append(']');
	}

	private static String round(double v) {
		return java.math.BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
