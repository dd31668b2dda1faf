package org.openasm.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;

/**
 * Checks a GeoJSON FeatureCollection of areas (properties {@code name}, {@code code}, {@code parent}
 * = the parent's code; Polygon or MultiPolygon) before anything is saved, and plans what to do with
 * each feature: an area whose code (or, without a code, whose name under the same parent) already
 * exists gets the boundary; any other is added under its parent. Refused, all features at once and
 * each by its number: a missing name, an unknown parent, a point or other non-area geometry, a polygon
 * JTS finds invalid (self-intersection, ring crossing, …, with JTS's reason), and a polygon whose
 * coordinates look swapped: outside every existing top-level area while its latitude/longitude mirror
 * falls inside one.
 */
final class AreaBoundaryImport {

	static final int MAX_FEATURES = 5000;

	/** One feature ready to apply: the area it updates (null = a new one), its parent's code, its outline. */
	record Planned(int feature, Long existingId, String name, String code, String parentCode, Geometry boundary) {
	}

	private AreaBoundaryImport() {
	}

	/**
	 * @param existing the workspace's areas
	 * @param topLevelOutlines the existing regions' outlines (empty when none has one: then nothing can look swapped)
	 */
	static List<Planned> check(byte[] json, List<AreaInfo> existing, List<Geometry> topLevelOutlines) {
		List<GeoJson.Refused> refusals = new ArrayList<>();
		List<GeoJson.Feature> features;
		try {
			features = GeoJson.read(json, refusals);
		}
		catch (GeoJson.Refused file) {
			throw new ImportRejected(List.of(new RowError(1, file.column(), file.messageKey(), file.args())));
		}
		List<RowError> errors = new ArrayList<>();
		refusals.forEach(r -> errors.add(new RowError(r.feature(), r.column(), r.messageKey(), r.args())));
		if (features.size() + refusals.size() > MAX_FEATURES) {
			throw new ImportRejected(List.of(new RowError(MAX_FEATURES + 1, "file", "areaImport.tooMany", MAX_FEATURES)));
		}
		if (features.isEmpty() && refusals.isEmpty()) {
			throw new ImportRejected(List.of(new RowError(1, "file", "areaImport.empty")));
		}
		Geometry tops = topLevelOutlines.isEmpty() ? null : GeoJson.FACTORY.buildGeometry(topLevelOutlines).union();
		Map<String, AreaInfo> byCode = new HashMap<>();
		existing.stream().filter(a -> a.code() != null).forEach(a -> byCode.put(a.code().toUpperCase(Locale.ROOT), a));
		Set<String> fileCodes = new HashSet<>();
		features.forEach(f -> {
			if (!f.property("code").isEmpty()) {
				fileCodes.add(f.property("code").toUpperCase(Locale.ROOT));
			}
		});
		List<Planned> planned = new ArrayList<>();
		Set<String> seenCodes = new HashSet<>();
		for (GeoJson.Feature f : features) {
			int n = f.number();
			int before = errors.size();
			String name = f.property("name");
			String code = f.property("code").toUpperCase(Locale.ROOT);
			String parent = f.property("parent").toUpperCase(Locale.ROOT);
			if (name.isEmpty()) {
				errors.add(new RowError(n, "name", "areaImport.name.missing"));
			}
			else if (name.length() > 200) {
				errors.add(new RowError(n, "name", "areaImport.name.long"));
			}
			if (!code.isEmpty() && (!code.matches("[A-Z0-9._-]{1,50}"))) {
				errors.add(new RowError(n, "code", "areaImport.code.invalid", code));
			}
			else if (!code.isEmpty() && !seenCodes.add(code)) {
				errors.add(new RowError(n, "code", "areaImport.code.twice", code));
			}
			if (!parent.isEmpty() && !byCode.containsKey(parent) && !fileCodes.contains(parent)) {
				errors.add(new RowError(n, "parent", "areaImport.parent.unknown", parent));
			}
			if (!parent.isEmpty() && parent.equals(code)) {
				errors.add(new RowError(n, "parent", "areaImport.parent.self", parent));
			}
			Geometry g = f.geometry();
			if (g != null) {
				String problem = problem(g, tops);
				if (problem != null) {
					String[] parts = problem.split("\\|", 2);
					errors.add(parts.length == 2 ? new RowError(n, "geometry", parts[0], parts[1]) : new RowError(n, "geometry", parts[0]));
				}
			}
			if (errors.size() == before) {
				Optional<AreaInfo> match = code.isEmpty() ? Optional.empty() : Optional.ofNullable(byCode.get(code));
				if (match.isEmpty() && code.isEmpty()) {
					Long parentId = parent.isEmpty() ? null : Optional.ofNullable(byCode.get(parent)).map(AreaInfo::id).orElse(-1L);
					match = existing.stream()
						.filter(a -> java.util.Objects.equals(a.parentId(), parentId) && a.name().equalsIgnoreCase(name))
						.findFirst();
				}
				planned.add(new Planned(n, match.map(AreaInfo::id).orElse(null), name, code.isEmpty() ? null : code,
						parent.isEmpty() ? null : parent, g));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(RowError::row));
			throw new ImportRejected(errors);
		}
		return order(planned, byCode.keySet());
	}

	/** Why this outline is refused ({@code key|argument}), or null. */
	static String problem(Geometry g, Geometry tops) {
		if (!(g instanceof Polygon) && !(g instanceof MultiPolygon)) {
			return "areaImport.geometry.notArea|" + g.getGeometryType();
		}
		String invalid = GeoJson.invalidity(g);
		if (invalid != null) {
			return "areaImport.geometry.invalid|" + invalid;
		}
		if (tops != null && !tops.intersects(g)) {
			Geometry mirror = GeoJson.swapped(g);
			if (tops.intersects(mirror)) {
				return "areaImport.geometry.swapped";
			}
		}
		return null;
	}

	/** Parents before their children, so each new area finds its parent already saved. */
	private static List<Planned> order(List<Planned> planned, Set<String> existingCodes) {
		List<Planned> ordered = new ArrayList<>();
		Set<String> known = new HashSet<>(existingCodes);
		List<Planned> waiting = new ArrayList<>(planned);
		while (!waiting.isEmpty()) {
			List<Planned> ready = waiting.stream().filter(p -> p.parentCode() == null || known.contains(p.parentCode())).toList();
			if (ready.isEmpty()) {
				throw new ImportRejected(waiting.stream()
					.map(p -> new RowError(p.feature(), "parent", "areaImport.parent.cycle", p.parentCode()))
					.toList());
			}
			ready.forEach(p -> {
				ordered.add(p);
				if (p.code() != null) {
					known.add(p.code());
				}
			});
			waiting.removeAll(ready);
		}
		return ordered;
	}
}
