package org.openasm.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.openasm.geo.GeoJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ground held in each workspace, in memory: licences that hold ground (ACTIVE, SUSPENDED),
 * pending applications (SUBMITTED, UNDER_REVIEW), ASM zones and protected areas, in a JTS STR-tree
 * over their envelopes; candidates from the tree are then tested exactly against the query polygon,
 * prepared once per query.
 * <p>
 * <b>Consistency.</b> Every change to a spatial row stores the workspace's next {@code spatial_seq}
 * under the settings row's lock (see {@link RegistrySettings#lock}), so the numbers follow commit
 * order and the settings row's committed number S means every change up to S is committed.
 * {@link #refresh} reads S, then the rows with a number above what this instance has seen and at
 * most S, and applies them; a licence or application that no longer holds ground leaves the index.
 * A number in the range with no row behind it means a zone or protected area was removed (or a row
 * changed twice): zones and protected areas, which are few, are then read again whole. Called under
 * the lock and before any change, refresh makes the index exactly the database, which is how a grant
 * is checked when several instances share one database; called without it, the index is at most one
 * refresh behind. Queries load a workspace on first use, but do not refresh: callers do
 * ({@link ApplicationChecking#check} does).
 * <p>
 * <b>Updates.</b> The STR-tree cannot change once built, so changes go to a small list searched
 * linearly beside it, and entries the tree holds that were changed or removed are skipped (an entry
 * counts only while it is the live one for its kind and id). When the list passes 256 entries or a
 * fiftieth of the index, the tree is rebuilt.
 * <p>
 * <b>Memory.</b> Geometries are kept with packed two-dimensional coordinates (16 bytes a vertex
 * rather than about 40 for JTS's Coordinate objects), so 100,000 licence polygons of 5–40 vertices
 * take well under 300 MB (see SpatialIndexBenchmark for the measured figure).
 * <p>
 * What helpers B and C use: {@link #refresh}, {@link #overlapping} (interiors that overlap, touching
 * edges allowed), {@link #zonesContaining}, {@link #licencesInZone}, {@link #find}, {@link #inBox} for
 * maps, and {@link #seen}.
 */
@Component
class SpatialIndex {

	/** What an entry is. */
	enum Kind {
		LICENCE, APPLICATION, ZONE, PROTECTED_AREA
	}

	/**
	 * One entry: its kind and id, its label (licence or application number, zone or protected area
	 * name), its status (licences and applications; null otherwise), the submission time (applications),
	 * the largest number of licences it takes (zones; null when not limited) and its area.
	 */
	record Hit(Kind kind, long id, String label, String status, Instant submittedAt, Integer maxLicences, Geometry geometry) {

		/** Whether this application came before the other (first come, first served by submission time, ties by id). */
		boolean submittedBefore(Instant otherSubmittedAt, Long otherId) {
			int byTime = submittedAt.compareTo(otherSubmittedAt);
			if (byTime != 0) {
				return byTime < 0;
			}
			return otherId == null || id < otherId;
		}
	}

	/** A row read from the database with its spatial_seq: the entry as it is now, or null when the row no longer holds ground. */
	record Change(Kind kind, long id, long seq, Hit now) {
	}

	/** Where the rows come from: the database, or synthetic rows in the benchmark and unit tests. */
	interface Source {

		/** The workspace's committed spatial_seq (0 when it has no settings row yet). */
		long spatialSeq(long workspaceId);

		/**
		 * The rows whose spatial_seq is above {@code after} and at most {@code upTo}; on the first load ({@code after} &lt; 0) only the
		 * ones that hold ground are needed.
		 */
		List<Change> changes(long workspaceId, long after, long upTo);

		/** Every zone and protected area of the workspace, as they are now. */
		List<Hit> zonesAndProtectedAreas(long workspaceId);
	}

	static final GeometryFactory COMPACT = new GeometryFactory(GeoJson.FACTORY.getPrecisionModel(), 4326,
			PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

	private final Source source;

	private final Map<Long, Space> spaces = new ConcurrentHashMap<>();

	@Autowired
	SpatialIndex(JdbcTemplate jdbc) {
		this(new DatabaseSource(jdbc));
	}

	SpatialIndex(Source source) {
		this.source = source;
	}

	/**
	 * Brings the workspace's index up to the committed spatial_seq (a first call loads it). Inside a
	 * transaction that has already written spatial rows, it also sees those rows; should that
	 * transaction roll back, the workspace's index is dropped when it does, and loaded again on next use.
	 */
	void refresh(long workspaceId) {
		forgetOnRollback(workspaceId);
		Space space = spaces.computeIfAbsent(workspaceId, id -> new Space());
		space.lock.writeLock().lock();
		try {
			long upTo = source.spatialSeq(workspaceId);
			if (upTo < space.seen) {
				// The committed number went back: the database was restored from a backup (or replaced, as
				// tests do) under this running instance. What it had seen is no longer true: start again.
				space.clear();
			}
			if (space.seen >= 0 && upTo <= space.seen) {
				return;
			}
			List<Change> changes = source.changes(workspaceId, space.seen, upTo);
			if (space.seen < 0) {
				changes.forEach(space::apply);
				space.rebuild();
			}
			else {
				long distinct = changes.stream().mapToLong(Change::seq).distinct().count();
				changes.forEach(space::apply);
				if (distinct < upTo - space.seen) {
					space.replaceZonesAndProtectedAreas(source.zonesAndProtectedAreas(workspaceId));
				}
				space.rebuildIfLarge();
			}
			space.seen = upTo;
		}
		finally {
			space.lock.writeLock().unlock();
		}
	}

	private void forgetOnRollback(long workspaceId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		String key = SpatialIndex.class.getName() + ":" + System.identityHashCode(this) + ":" + workspaceId;
		if (TransactionSynchronizationManager.hasResource(key)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
				if (status != STATUS_COMMITTED) {
					forget(workspaceId);
				}
			}
		});
	}

	/** The spatial_seq this instance's index of the workspace has seen (-1 before it is loaded). */
	long seen(long workspaceId) {
		Space space = spaces.get(workspaceId);
		return space == null ? -1 : space.seen;
	}

	/** Drops the workspace's index; the next use loads it again. */
	void forget(long workspaceId) {
		spaces.remove(workspaceId);
	}

	/**
	 * The entries of the given kinds whose interior overlaps the area's interior (sharing an edge or
	 * a corner is not an overlap), in no particular order. The area must be a valid polygon or
	 * multipolygon.
	 */
	List<Hit> overlapping(long workspaceId, Geometry area, Set<Kind> kinds) {
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
		List<Hit> hits = new ArrayList<>();
		for (Hit h : candidates(workspaceId, area.getEnvelopeInternal(), kinds)) {
			if (prepared.intersects(h.geometry()) && area.relate(h.geometry(), "T********")) {
				hits.add(h);
			}
		}
		return hits;
	}

	/** The zones that cover the whole area (its edge may run along theirs). */
	List<Hit> zonesContaining(long workspaceId, Geometry area) {
		List<Hit> zones = new ArrayList<>();
		for (Hit h : candidates(workspaceId, area.getEnvelopeInternal(), Set.of(Kind.ZONE))) {
			if (h.geometry().covers(area)) {
				zones.add(h);
			}
		}
		return zones;
	}

	/**
	 * The licences holding ground inside a zone: those whose interior point (a point JTS guarantees
	 * inside the polygon) lies in the zone. Empty when the zone is not in the index.
	 */
	List<Hit> licencesInZone(long workspaceId, long zoneId) {
		Optional<Hit> zone = find(workspaceId, Kind.ZONE, zoneId);
		if (zone.isEmpty()) {
			return List.of();
		}
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(zone.get().geometry());
		List<Hit> inside = new ArrayList<>();
		for (Hit h : candidates(workspaceId, zone.get().geometry().getEnvelopeInternal(), Set.of(Kind.LICENCE))) {
			Point p = h.geometry().getInteriorPoint();
			if (prepared.covers(p)) {
				inside.add(h);
			}
		}
		return inside;
	}

	/** The entry of that kind and id, if it is in the index. */
	Optional<Hit> find(long workspaceId, Kind kind, long id) {
		Space space = loaded(workspaceId);
		space.lock.readLock().lock();
		try {
			return Optional.ofNullable(space.live.get(kind).get(id));
		}
		finally {
			space.lock.readLock().unlock();
		}
	}

	/**
	 * At most {@code limit + 1} entries of the given kinds whose envelope meets the box (a map asks for
	 * {@code limit} and says it was truncated when it gets one more); larger ones first, so what a map
	 * drops first is the smallest.
	 */
	List<Hit> inBox(long workspaceId, Envelope box, Set<Kind> kinds, int limit) {
		List<Hit> all = candidates(workspaceId, box, kinds);
		if (all.size() > limit + 1) {
			all.sort((a, b) -> Double.compare(b.geometry().getEnvelopeInternal().getArea(), a.geometry().getEnvelopeInternal().getArea()));
			return new ArrayList<>(all.subList(0, limit + 1));
		}
		return all;
	}

	/** How many entries of each kind the workspace's index holds. */
	Map<Kind, Integer> sizes(long workspaceId) {
		Space space = loaded(workspaceId);
		space.lock.readLock().lock();
		try {
			Map<Kind, Integer> sizes = new EnumMap<>(Kind.class);
			space.live.forEach((k, m) -> sizes.put(k, m.size()));
			return sizes;
		}
		finally {
			space.lock.readLock().unlock();
		}
	}

	private List<Hit> candidates(long workspaceId, Envelope box, Set<Kind> kinds) {
		Space space = loaded(workspaceId);
		space.lock.readLock().lock();
		try {
			List<Hit> found = new ArrayList<>();
			space.tree.query(box, item -> {
				Hit h = (Hit) item;
				if (kinds.contains(h.kind()) && space.isLive(h)) {
					found.add(h);
				}
			});
			for (Hit h : space.delta) {
				if (kinds.contains(h.kind()) && space.isLive(h) && h.geometry().getEnvelopeInternal().intersects(box)) {
					found.add(h);
				}
			}
			return found;
		}
		finally {
			space.lock.readLock().unlock();
		}
	}

	private Space loaded(long workspaceId) {
		Space space = spaces.get(workspaceId);
		if (space == null || space.seen < 0) {
			refresh(workspaceId);
			space = spaces.get(workspaceId);
		}
		return space;
	}

	/** A geometry with packed two-dimensional coordinates (see the class comment on memory). */
	static Geometry compact(Geometry g) {
		if (g instanceof Polygon p) {
			LinearRing shell = COMPACT.createLinearRing(packed(p.getExteriorRing().getCoordinateSequence()));
			LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
			for (int i = 0; i < holes.length; i++) {
				holes[i] = COMPACT.createLinearRing(packed(p.getInteriorRingN(i).getCoordinateSequence()));
			}
			return COMPACT.createPolygon(shell, holes);
		}
		if (g instanceof MultiPolygon m) {
			Polygon[] parts = new Polygon[m.getNumGeometries()];
			for (int i = 0; i < parts.length; i++) {
				parts[i] = (Polygon) compact(m.getGeometryN(i));
			}
			return COMPACT.createMultiPolygon(parts);
		}
		return g;
	}

	private static CoordinateSequence packed(CoordinateSequence in) {
		CoordinateSequence out = PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(in.size(), 2);
		for (int i = 0; i < in.size(); i++) {
			out.setOrdinate(i, 0, in.getX(i));
			out.setOrdinate(i, 1, in.getY(i));
		}
		return out;
	}

	/** One workspace's entries. Guarded by its read/write lock. */
	private static final class Space {

		final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

		long seen = -1;

		final Map<Kind, Map<Long, Hit>> live = new EnumMap<>(Kind.class);

		STRtree tree = new STRtree();

		final List<Hit> delta = new ArrayList<>();

		Space() {
			for (Kind k : Kind.values()) {
				live.put(k, new HashMap<>());
			}
			tree.build();
		}

		boolean isLive(Hit h) {
			return live.get(h.kind()).get(h.id()) == h;
		}

		/** Forgets everything, as before the first load. */
		void clear() {
			live.values().forEach(Map::clear);
			delta.clear();
			tree = new STRtree();
			tree.build();
			seen = -1;
		}

		void apply(Change c) {
			if (c.now() == null) {
				live.get(c.kind()).remove(c.id());
			}
			else {
				live.get(c.kind()).put(c.id(), c.now());
				delta.add(c.now());
			}
		}

		void replaceZonesAndProtectedAreas(Collection<Hit> now) {
			live.get(Kind.ZONE).clear();
			live.get(Kind.PROTECTED_AREA).clear();
			for (Hit h : now) {
				live.get(h.kind()).put(h.id(), h);
				delta.add(h);
			}
		}

		void rebuildIfLarge() {
			int size = live.values().stream().mapToInt(Map::size).sum();
			if (delta.size() > Math.max(256, size / 50)) {
				rebuild();
			}
		}

		void rebuild() {
			STRtree fresh = new STRtree();
			live.values().forEach(m -> m.values().forEach(h -> fresh.insert(h.geometry().getEnvelopeInternal(), h)));
			fresh.build();
			tree = fresh;
			delta.clear();
		}
	}

	/** The rows as the database has them. */
	static final class DatabaseSource implements Source {

		private final JdbcTemplate jdbc;

		DatabaseSource(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public long spatialSeq(long workspaceId) {
			List<Long> seq = jdbc.queryForList("select spatial_seq from registry_setting where workspace_id = ?", Long.class, workspaceId);
			return seq.isEmpty() ? 0 : seq.get(0);
		}

		@Override
		public List<Change> changes(long workspaceId, long after, long upTo) {
			WKTReader wkt = new WKTReader(GeoJson.FACTORY);
			List<Change> changes = new ArrayList<>();
			boolean first = after < 0;
			String licenceStatus = first ? " and status in ('ACTIVE', 'SUSPENDED')" : "";
			jdbc.query("select id, number, status, boundary, spatial_seq from registry_licence where workspace_id = ? and spatial_seq > ? and spatial_seq <= ?"
					+ licenceStatus, rs -> {
						long id = rs.getLong("id");
						LicenceStatus status = LicenceStatus.valueOf(rs.getString("status"));
						changes.add(new Change(Kind.LICENCE, id, rs.getLong("spatial_seq"), status.holdsGround()
								? new Hit(Kind.LICENCE, id, rs.getString("number"), status.name(), null, null, read(wkt, rs))
								: null));
					}, workspaceId, after, upTo);
			String applicationStatus = first ? " and status in ('SUBMITTED', 'UNDER_REVIEW')" : "";
			jdbc.query("select id, number, status, submitted_at, boundary, spatial_seq from registry_application where workspace_id = ? and spatial_seq > ?"
					+ " and spatial_seq <= ?" + applicationStatus, rs -> {
						long id = rs.getLong("id");
						String status = rs.getString("status");
						boolean pending = "SUBMITTED".equals(status) || "UNDER_REVIEW".equals(status);
						Timestamp submitted = rs.getTimestamp("submitted_at");
						changes.add(new Change(Kind.APPLICATION, id, rs.getLong("spatial_seq"), pending
								? new Hit(Kind.APPLICATION, id, rs.getString("number"), status, submitted.toInstant(), null, read(wkt, rs))
								: null));
					}, workspaceId, after, upTo);
			jdbc.query("select id, name, max_licences, boundary, spatial_seq from registry_zone where workspace_id = ? and spatial_seq > ? and spatial_seq <= ?",
					rs -> {
						changes.add(new Change(Kind.ZONE, rs.getLong("id"), rs.getLong("spatial_seq"), zone(wkt, rs)));
					}, workspaceId, after, upTo);
			jdbc.query("select id, name, boundary, spatial_seq from registry_protected_area where workspace_id = ? and spatial_seq > ? and spatial_seq <= ?",
					rs -> {
						changes.add(new Change(Kind.PROTECTED_AREA, rs.getLong("id"), rs.getLong("spatial_seq"), protectedArea(wkt, rs)));
					}, workspaceId, after, upTo);
			return changes;
		}

		@Override
		public List<Hit> zonesAndProtectedAreas(long workspaceId) {
			WKTReader wkt = new WKTReader(GeoJson.FACTORY);
			List<Hit> all = new ArrayList<>();
			jdbc.query("select id, name, max_licences, boundary from registry_zone where workspace_id = ?", rs -> {
				all.add(zone(wkt, rs));
			}, workspaceId);
			jdbc.query("select id, name, boundary from registry_protected_area where workspace_id = ?", rs -> {
				all.add(protectedArea(wkt, rs));
			}, workspaceId);
			return all;
		}

		private static Hit zone(WKTReader wkt, ResultSet rs) throws SQLException {
			int max = rs.getInt("max_licences");
			Integer maxLicences = rs.wasNull() ? null : max;
			return new Hit(Kind.ZONE, rs.getLong("id"), rs.getString("name"), null, null, maxLicences, read(wkt, rs));
		}

		private static Hit protectedArea(WKTReader wkt, ResultSet rs) throws SQLException {
			return new Hit(Kind.PROTECTED_AREA, rs.getLong("id"), rs.getString("name"), null, null, null, read(wkt, rs));
		}

		private static Geometry read(WKTReader wkt, ResultSet rs) throws SQLException {
			try {
				return compact(wkt.read(rs.getString("boundary")));
			}
			catch (ParseException e) {
				throw new IllegalStateException("A stored boundary is not WKT: " + e.getMessage(), e);
			}
		}
	}

}
