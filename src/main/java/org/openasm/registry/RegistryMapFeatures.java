package org.openasm.registry;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.openasm.geo.GeoJson;
import org.openasm.registry.SpatialIndex.Hit;
import org.openasm.registry.SpatialIndex.Kind;
import org.openasm.shared.DomainRuleViolation;
import org.springframework.stereotype.Component;

/**
 * What a registry map shows of the box in view, as a GeoJSON FeatureCollection: licences holding
 * ground, pending applications, ASM zones and protected areas, read from the {@link SpatialIndex}
 * (refreshed first). At most {@link #LIMIT} features, the larger first; the collection then carries
 * {@code "truncated": true} so the page can ask the user to zoom in. Outlines are simplified to about
 * a two-thousandth of the box's width (below a pixel on a map), so a whole-country view stays small
 * on a slow link. Each feature's properties: {@code layer} (licences, applications, zones,
 * protected), {@code id}, {@code label}, {@code status} (licences and applications) and {@code href}
 * (its page).
 */
@Component
class RegistryMapFeatures {

	static final int LIMIT = 500;

	private final SpatialIndex index;

	RegistryMapFeatures(SpatialIndex index) {
		this.index = index;
	}

	/** The layers named in {@code layers} (comma-separated; all when blank). */
	static Set<Kind> layers(String layers) {
		if (layers == null || layers.isBlank()) {
			return EnumSet.allOf(Kind.class);
		}
		Set<Kind> kinds = EnumSet.noneOf(Kind.class);
		for (String layer : layers.split(",")) {
			kinds.add(switch (layer.strip().toLowerCase(Locale.ROOT)) {
				case "licences" -> Kind.LICENCE;
				case "applications" -> Kind.APPLICATION;
				case "zones" -> Kind.ZONE;
				case "protected" -> Kind.PROTECTED_AREA;
				default -> throw new DomainRuleViolation("layers", "registry.map.layers", layer.strip());
			});
		}
		return kinds;
	}

	/** The box {@code minLon,minLat,maxLon,maxLat}. */
	static Envelope bbox(String bbox) {
		String[] parts = bbox == null ? new String[0] : bbox.split(",");
		if (parts.length != 4) {
			throw new DomainRuleViolation("bbox", "registry.map.bbox");
		}
		try {
			double minLon = Double.parseDouble(parts[0].strip());
			double minLat = Double.parseDouble(parts[1].strip());
			double maxLon = Double.parseDouble(parts[2].strip());
			double maxLat = Double.parseDouble(parts[3].strip());
			if (!(minLon <= maxLon && minLat <= maxLat) || !Double.isFinite(minLon + minLat + maxLon + maxLat)) {
				throw new DomainRuleViolation("bbox", "registry.map.bbox");
			}
			return new Envelope(Math.max(-180, minLon), Math.min(180, maxLon), Math.max(-90, minLat), Math.min(90, maxLat));
		}
		catch (NumberFormatException ex) {
			throw new DomainRuleViolation("bbox", "registry.map.bbox");
		}
	}

	/**
	 * The features in the box; {@code statusText} says a licence's or application's status in the reader's
	 * language (given the record's kind and status code), for the map's pop-ups.
	 */
	String features(long workspaceId, Envelope box, Set<Kind> kinds, java.util.function.BiFunction<Kind, String, String> statusText) {
		index.refresh(workspaceId);
		List<Hit> hits = index.inBox(workspaceId, box, kinds, LIMIT);
		boolean truncated = hits.size() > LIMIT;
		double tolerance = Math.max(box.getWidth(), box.getHeight()) / 2000;
		StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"truncated\":").append(truncated)
			.append(",\"limit\":")
			.append(LIMIT)
			.append(",\"features\":[");
		String base = "/workspaces/" + workspaceId + "/registry/";
		for (int i = 0; i < Math.min(hits.size(), LIMIT); i++) {
			Hit h = hits.get(i);
			String layer = layer(h.kind());
			String page = switch (h.kind()) {
				case LICENCE -> "licences/";
				case APPLICATION -> "applications/";
				case ZONE -> "zones/";
				case PROTECTED_AREA -> "protected-areas/";
			};
			out.append(i == 0 ? "" : ",")
				.append("{\"type\":\"Feature\",\"id\":\"").append(layer).append('-').append(h.id())
				.append("\",\"properties\":{\"layer\":\"").append(layer)
				.append("\",\"id\":").append(h.id())
				.append(",\"label\":").append(GeoJson.quote(h.label()))
				.append(",\"status\":").append(h.status() == null ? "null" : GeoJson.quote(h.status()))
				.append(",\"statusText\":").append(h.status() == null ? "null" : GeoJson.quote(statusText.apply(h.kind(), h.status())))
				.append(",\"href\":").append(GeoJson.quote(base + page + h.id()))
				.append("},\"geometry\":").append(GeoJson.geometry(simplified(h.geometry(), tolerance)))
				.append('}');
		}
		return out.append("]}").toString();
	}

	static String layer(Kind kind) {
		return switch (kind) {
			case LICENCE -> "licences";
			case APPLICATION -> "applications";
			case ZONE -> "zones";
			case PROTECTED_AREA -> "protected";
		};
	}

	private static Geometry simplified(Geometry g, double tolerance) {
		if (g.getNumPoints() <= 8) {
			return g;
		}
		Geometry s = DouglasPeuckerSimplifier.simplify(g, tolerance);
		if (s.isEmpty() || s.getNumPoints() < 4) {
			// Smaller than the tolerance: its box says as much at this scale, in five positions.
			Geometry box = g.getEnvelope();
			return box.getDimension() == 2 ? box : g;
		}
		return s;
	}
}
