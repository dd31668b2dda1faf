package org.openasm.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Point-in-area over a workspace's boundaries, as prepared geometries kept in memory per workspace.
 * The cache is evicted when this instance changes areas, and is also checked against the areas'
 * count and last change (one small query), so an instance sees another instance's changes too.
 */
@Component
class AreaLocator {

	/** An area with its prepared outline. */
	record Located(AreaInfo area, PreparedGeometry outline) {
	}

	/** The outlines as last read, and the jurisdiction's border computed from them once asked for. */
	private record Snapshot(String fingerprint, List<Located> deepestFirst, java.util.concurrent.atomic.AtomicReference<Geometry> border,
			java.util.concurrent.atomic.AtomicReference<Optional<PreparedGeometry>> jurisdiction) {
	}

	private final Map<Long, Snapshot> cache = new ConcurrentHashMap<>();

	private final AreaRepository areas;

	private final JdbcTemplate jdbc;

	AreaLocator(AreaRepository areas, JdbcTemplate jdbc) {
		this.areas = areas;
		this.jdbc = jdbc;
	}

	Optional<AreaInfo> locate(long workspaceId, double lon, double lat) {
		return deepest(outlines(workspaceId), lon, lat);
	}

	/** The first outline, of a list sorted deepest first, that covers the point (its edge included). */
	static Optional<AreaInfo> deepest(List<Located> deepestFirst, double lon, double lat) {
		Point point = GeoJson.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
		return deepestFirst.stream().filter(l -> l.outline().covers(point)).map(Located::area).findFirst();
	}

	boolean hasBoundaries(long workspaceId) {
		return !outlines(workspaceId).isEmpty();
	}

	void evict(long workspaceId) {
		cache.remove(workspaceId);
	}

	/** Outlines of the workspace's areas that have one, the deepest first. */
	List<Located> outlines(long workspaceId) {
		return snapshot(workspaceId).deepestFirst();
	}

	/**
	 * The linework of the jurisdiction's border: the boundary of the union of its top-level areas'
	 * outlines (empty when none has one), computed once per change of the areas.
	 */
	Geometry border(long workspaceId) {
		Snapshot snapshot = snapshot(workspaceId);
		return snapshot.border().updateAndGet(known -> known != null ? known : border(snapshot.deepestFirst()));
	}

	/**
	 * The jurisdiction's land: the union of its top-level areas' outlines, prepared for repeated
	 * covers/intersects tests; empty when none has one. Computed once per change of the areas.
	 */
	Optional<PreparedGeometry> jurisdiction(long workspaceId) {
		Snapshot snapshot = snapshot(workspaceId);
		return snapshot.jurisdiction().updateAndGet(known -> known != null ? known : jurisdiction(snapshot.deepestFirst()));
	}

	static Optional<PreparedGeometry> jurisdiction(List<Located> outlines) {
		List<Geometry> tops = outlines.stream()
			.filter(l -> l.area().level() == 1)
			.map(l -> l.outline().getGeometry())
			.toList();
		if (tops.isEmpty()) {
			return Optional.empty();
		}
		Geometry all = GeoJson.FACTORY.buildGeometry(tops);
		Geometry union;
		try {
			union = all.union();
		}
		catch (org.locationtech.jts.geom.TopologyException ex) {
			union = org.locationtech.jts.operation.overlayng.OverlayNGRobust.union(all);
		}
		return Optional.of(PreparedGeometryFactory.prepare(union));
	}

	static Geometry border(List<Located> outlines) {
		List<Geometry> tops = outlines.stream()
			.filter(l -> l.area().level() == 1)
			.map(l -> l.outline().getGeometry())
			.toList();
		if (tops.isEmpty()) {
			return GeoJson.FACTORY.createGeometryCollection();
		}
		try {
			return GeoJson.FACTORY.buildGeometry(tops).union().getBoundary();
		}
		catch (org.locationtech.jts.geom.TopologyException ex) {
			// Outlines that cannot be merged: their own edges, shared ones included, are the best border there is.
			return GeoJson.FACTORY.buildGeometry(tops.stream().map(Geometry::getBoundary).toList());
		}
	}

	private Snapshot snapshot(long workspaceId) {
		Map<String, Object> state = jdbc.queryForMap(
				"select count(*) as n, max(updated_at) as changed, sum(version) as versions from geo_area where workspace_id = ?",
				workspaceId);
		String fingerprint = state.get("n") + ":" + state.get("changed") + ":" + state.get("versions");
		Snapshot snapshot = cache.get(workspaceId);
		if (snapshot == null || !snapshot.fingerprint().equals(fingerprint)) {
			snapshot = new Snapshot(fingerprint, load(workspaceId), new java.util.concurrent.atomic.AtomicReference<>(),
					new java.util.concurrent.atomic.AtomicReference<>());
			cache.put(workspaceId, snapshot);
		}
		return snapshot;
	}

	private List<Located> load(long workspaceId) {
		List<Located> located = new ArrayList<>();
		for (AdministrativeArea area : areas.findByWorkspaceIdOrderByPath(workspaceId)) {
			Geometry outline = read(area.getBoundary());
			if (outline != null) {
				located.add(new Located(area.info(), PreparedGeometryFactory.prepare(outline)));
			}
		}
		located.sort(Comparator.comparingInt((Located l) -> l.area().level()).reversed());
		return List.copyOf(located);
	}

	static Geometry read(String wkt) {
		if (wkt == null || wkt.isBlank()) {
			return null;
		}
		try {
			Geometry g = new WKTReader(GeoJson.FACTORY).read(wkt);
			return g;
		}
		catch (ParseException ex) {
			return null;
		}
	}
}
