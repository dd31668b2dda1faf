package org.openasm.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openasm.context.Commodity;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.GeoJson;
import org.openasm.registry.SpatialIndex.Hit;
import org.openasm.registry.SpatialIndex.Kind;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ASM zones and protected areas: added (drawn, typed or imported from GeoJSON), changed and removed,
 * each change in one transaction that locks the registry's settings row and stores the workspace's
 * next spatial_seq, so every instance's {@link SpatialIndex} follows (see there).
 * <p>
 * The rules: a name no other zone (or protected area) of the workspace has, whatever the case; a
 * valid polygon; a zone lies inside the jurisdiction (when it has boundaries) and overlaps no other
 * zone and no protected area (a protected area may cross the border, but overlaps no zone either), so
 * an area is in at most one zone and no zone promises ground that is protected. A zone's capacity is
 * above zero when given. A zone's new boundary must keep every licence that holds ground in it; a
 * zone is not removed while licences hold ground in it (their holders were granted them because the
 * zone was there: revoke or let them expire first). A protected area can be removed at any time (that
 * only frees ground), and adding one over licences is allowed: the law may protect an area already
 * licensed; the protected area's page lists those licences for review.
 * <p>
 * A GeoJSON import adds every feature or none: each wrong feature is reported with its number, the
 * property and why. The same file sent again with the same token adds nothing (and without a token,
 * its names are taken, so it is refused).
 */
@Service
class ZoneManagement {

	static final int PAGE_SIZE = 50;

	private final ZoneRepository zones;

	private final ProtectedAreaRepository protectedAreas;

	private final RegistrySettings settings;

	private final SpatialIndex index;

	private final AdministrativeAreas areas;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	ZoneManagement(ZoneRepository zones, ProtectedAreaRepository protectedAreas, RegistrySettings settings, SpatialIndex index,
			AdministrativeAreas areas, WorkspaceManagement workspaces, SubmissionGuard guard) {
		this.zones = zones;
		this.protectedAreas = protectedAreas;
		this.settings = settings;
		this.index = index;
		this.areas = areas;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	/** A zone with what it holds: the licences holding ground in it, their hectares, and its capacity. */
	record Occupancy(int licences, Integer maxLicences, BigDecimal hectaresUsed, BigDecimal hectares, List<Hit> held) {

		/** The share of the zone's area licensed, in percent, one decimal. */
		BigDecimal percentUsed() {
			return hectares.signum() == 0 ? BigDecimal.ZERO
					: hectaresUsed.multiply(BigDecimal.valueOf(100)).divide(hectares, 1, RoundingMode.HALF_UP);
		}

		boolean full() {
			return maxLicences != null && licences >= maxLicences;
		}

		public int getLicences() {
			return licences;
		}

		public Integer getMaxLicences() {
			return maxLicences;
		}

		public BigDecimal getHectaresUsed() {
			return hectaresUsed;
		}

		public BigDecimal getPercentUsed() {
			return percentUsed();
		}

		public boolean isFull() {
			return full();
		}

		public List<Hit> getHeld() {
			return held;
		}
	}

	// Reading

	@Transactional(readOnly = true)
	Page<Zone> zones(long workspaceId, int page) {
		return zones.findByWorkspaceIdOrderByNameAscIdAsc(workspaceId, PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	List<Zone> allZones(long workspaceId) {
		return zones.findByWorkspaceIdOrderByNameAscIdAsc(workspaceId);
	}

	@Transactional(readOnly = true)
	Zone zone(long workspaceId, long zoneId) {
		return zones.findByIdAndWorkspaceId(zoneId, workspaceId).orElseThrow(() -> new RecordNotFoundException("Zone", zoneId));
	}

	@Transactional(readOnly = true)
	Page<ProtectedArea> protectedAreas(long workspaceId, int page) {
		return protectedAreas.findByWorkspaceIdOrderByNameAscIdAsc(workspaceId, PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	ProtectedArea protectedArea(long workspaceId, long id) {
		return protectedAreas.findByIdAndWorkspaceId(id, workspaceId).orElseThrow(() -> new RecordNotFoundException("ProtectedArea", id));
	}

	/** The zone's occupancy as of now (the index is refreshed first). */
	Occupancy occupancy(long workspaceId, Zone zone) {
		index.refresh(workspaceId);
		List<Hit> held = new ArrayList<>(index.licencesInZone(workspaceId, zone.getId()));
		held.sort(Comparator.comparing(Hit::label));
		BigDecimal used = held.stream().map(h -> Footprint.hectaresOf(h.geometry())).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Occupancy(held.size(), zone.getMaxLicences(), used, zone.getAreaHectares(), held);
	}

	/** The occupancy of each zone of a page, by zone id. */
	Map<Long, Occupancy> occupancies(long workspaceId, List<Zone> page) {
		Map<Long, Occupancy> byZone = new HashMap<>();
		page.forEach(z -> byZone.put(z.getId(), occupancy(workspaceId, z)));
		return byZone;
	}

	/** Licences holding ground whose area overlaps the protected area (granted before it was protected, or imported). */
	List<Hit> licencesOverlapping(long workspaceId, ProtectedArea area) {
		index.refresh(workspaceId);
		List<Hit> hits = new ArrayList<>(index.overlapping(workspaceId, area.footprint().geometry(), EnumSet.of(Kind.LICENCE)));
		hits.sort(Comparator.comparing(Hit::label));
		return hits;
	}

	// Zones

	@Transactional
	long addZone(long workspaceId, ZoneForm form) {
		return Long.parseLong(guard.once(form.getToken(), "registry-zone:" + workspaceId,
				Arrays.asList(form.getName(), form.getCode(), form.getDescription(), form.getCommodity(), form.getMaxLicences(), form.getArea()),
				() -> {
					workspaces.get(workspaceId);
					RegistrySetting setting = settings.lock(workspaceId);
					index.refresh(workspaceId);
					Zone zone = new Zone(workspaceId);
					Footprint area = zoneArea(workspaceId, null, form);
					describe(workspaceId, zone, form);
					zone.outline(area, setting.nextSpatialSeq());
					return zones.saveAndFlush(zone).getId().toString();
				}));
	}

	@Transactional
	void editZone(long workspaceId, long zoneId, ZoneForm form) {
		Zone zone = zone(workspaceId, zoneId);
		zone.checkVersion(form.getVersion());
		RegistrySetting setting = settings.lock(workspaceId);
		index.refresh(workspaceId);
		Footprint area = zoneArea(workspaceId, zoneId, form);
		PreparedGeometry now = PreparedGeometryFactory.prepare(area.geometry());
		List<String> left = index.licencesInZone(workspaceId, zoneId)
			.stream()
			.filter(h -> !now.covers(h.geometry().getInteriorPoint()))
			.map(Hit::label)
			.toList();
		if (!left.isEmpty()) {
			throw new DomainRuleViolation("area", "registry.zone.area.leavesLicences", left.size(), CheckRule.names(left));
		}
		describe(workspaceId, zone, form);
		zone.outline(area, setting.nextSpatialSeq());
		zones.flush();
	}

	@Transactional
	void removeZone(long workspaceId, long zoneId) {
		Zone zone = zone(workspaceId, zoneId);
		RegistrySetting setting = settings.lock(workspaceId);
		index.refresh(workspaceId);
		List<String> held = index.licencesInZone(workspaceId, zoneId).stream().map(Hit::label).toList();
		if (!held.isEmpty()) {
			throw new DomainRuleViolation(null, "registry.zone.remove.licences", held.size(), CheckRule.names(held));
		}
		// The number left without a row tells every index that something was removed (see SpatialIndex).
		setting.nextSpatialSeq();
		zones.delete(zone);
		zones.flush();
	}

	private void describe(long workspaceId, Zone zone, ZoneForm form) {
		String name = form.getName().strip();
		boolean taken = zone.getId() == null ? zones.existsByWorkspaceIdAndNameIgnoreCase(workspaceId, name)
				: zones.existsByWorkspaceIdAndNameIgnoreCaseAndIdNot(workspaceId, name, zone.getId());
		if (taken) {
			throw new DomainRuleViolation("name", "registry.zone.name.taken", name);
		}
		if (form.getMaxLicences() != null && form.getMaxLicences() <= 0) {
			throw new DomainRuleViolation("maxLicences", "registry.zone.capacity.positive");
		}
		zone.describe(name, form.getCode(), form.getDescription(), form.getCommodity(), form.getMaxLicences());
	}

	/** The zone's area, read and checked against the jurisdiction, the other zones and the protected areas. */
	private Footprint zoneArea(long workspaceId, Long zoneId, ZoneForm form) {
		Geometry g = validArea(form.getArea());
		Refusal refusal = zoneRefusal(workspaceId, zoneId, g, areas.jurisdiction(workspaceId).orElse(null));
		if (refusal != null) {
			throw new DomainRuleViolation("area", refusal.key(), refusal.args());
		}
		return Footprint.of(g);
	}

	/** Why an area is refused: a message key and its arguments. */
	record Refusal(String key, Object... args) {
	}

	/** Why a zone cannot have that (valid) area, or null; the index is refreshed. */
	private Refusal zoneRefusal(long workspaceId, Long zoneId, Geometry g, PreparedGeometry jurisdiction) {
		if (jurisdiction != null && !jurisdiction.covers(g)) {
			return new Refusal("registry.check.jurisdiction.outside");
		}
		List<String> otherZones = labels(index.overlapping(workspaceId, g, EnumSet.of(Kind.ZONE)), Kind.ZONE, zoneId);
		if (!otherZones.isEmpty()) {
			return new Refusal("registry.zone.area.overlapsZone", otherZones.size(), CheckRule.names(otherZones));
		}
		List<String> prot = labels(index.overlapping(workspaceId, g, EnumSet.of(Kind.PROTECTED_AREA)), Kind.PROTECTED_AREA, null);
		if (!prot.isEmpty()) {
			return new Refusal("registry.zone.area.protected", prot.size(), CheckRule.names(prot));
		}
		return null;
	}

	/** Why a protected area cannot have that (valid) area, or null. */
	private Refusal protectedAreaRefusal(long workspaceId, Geometry g) {
		List<String> inZones = labels(index.overlapping(workspaceId, g, EnumSet.of(Kind.ZONE)), Kind.ZONE, null);
		if (!inZones.isEmpty()) {
			return new Refusal("registry.protected.area.overlapsZone", inZones.size(), CheckRule.names(inZones));
		}
		return null;
	}

	private static List<String> labels(List<Hit> hits, Kind kind, Long except) {
		return hits.stream().filter(h -> h.kind() == kind && (except == null || h.id() != except)).map(Hit::label).toList();
	}

	private static Geometry validArea(String text) {
		Geometry g = AreaInput.read(text);
		CheckResult valid = ValidGeometry.check(g);
		if (!valid.passed()) {
			throw new DomainRuleViolation("area", valid.messageKey(), valid.args());
		}
		return g;
	}

	// Protected areas

	@Transactional
	long addProtectedArea(long workspaceId, ProtectedAreaForm form) {
		return Long.parseLong(guard.once(form.getToken(), "registry-protected-area:" + workspaceId,
				Arrays.asList(form.getName(), form.getDesignation(), form.getArea()), () -> {
					workspaces.get(workspaceId);
					RegistrySetting setting = settings.lock(workspaceId);
					index.refresh(workspaceId);
					ProtectedArea area = new ProtectedArea(workspaceId);
					Footprint footprint = protectedArea(workspaceId, form);
					describe(workspaceId, area, form);
					area.outline(footprint, setting.nextSpatialSeq());
					return protectedAreas.saveAndFlush(area).getId().toString();
				}));
	}

	@Transactional
	void editProtectedArea(long workspaceId, long id, ProtectedAreaForm form) {
		ProtectedArea area = protectedArea(workspaceId, id);
		area.checkVersion(form.getVersion());
		RegistrySetting setting = settings.lock(workspaceId);
		index.refresh(workspaceId);
		Footprint footprint = protectedArea(workspaceId, form);
		describe(workspaceId, area, form);
		area.outline(footprint, setting.nextSpatialSeq());
		protectedAreas.flush();
	}

	@Transactional
	void removeProtectedArea(long workspaceId, long id) {
		ProtectedArea area = protectedArea(workspaceId, id);
		RegistrySetting setting = settings.lock(workspaceId);
		setting.nextSpatialSeq();
		protectedAreas.delete(area);
		protectedAreas.flush();
	}

	private Footprint protectedArea(long workspaceId, ProtectedAreaForm form) {
		Geometry g = validArea(form.getArea());
		Refusal refusal = protectedAreaRefusal(workspaceId, g);
		if (refusal != null) {
			throw new DomainRuleViolation("area", refusal.key(), refusal.args());
		}
		return Footprint.of(g);
	}

	private void describe(long workspaceId, ProtectedArea area, ProtectedAreaForm form) {
		String name = form.getName().strip();
		boolean taken = area.getId() == null ? protectedAreas.existsByWorkspaceIdAndNameIgnoreCase(workspaceId, name)
				: protectedAreas.existsByWorkspaceIdAndNameIgnoreCaseAndIdNot(workspaceId, name, area.getId());
		if (taken) {
			throw new DomainRuleViolation("name", "registry.protected.name.taken", name);
		}
		area.describe(name, form.getDesignation());
	}

	// GeoJSON imports

	/**
	 * Adds a zone for each feature of a GeoJSON FeatureCollection (properties {@code name}, optional
	 * {@code code}, {@code description}, {@code commodity} and {@code max_licences}; a Polygon or
	 * MultiPolygon): all or none. Returns how many were added (the first time, for a repeated token).
	 */
	@Transactional
	int importZones(long workspaceId, byte[] json, String token) {
		return Integer.parseInt(guard.once(token, "registry-zone-import:" + workspaceId, List.of(digest(json)), () -> {
			workspaces.get(workspaceId);
			RegistrySetting setting = settings.lock(workspaceId);
			index.refresh(workspaceId);
			PreparedGeometry jurisdiction = areas.jurisdiction(workspaceId).orElse(null);
			List<RowError> errors = new ArrayList<>();
			List<GeoJson.Feature> features = features(json, errors);
			List<Zone> planned = new ArrayList<>();
			List<Geometry> accepted = new ArrayList<>();
			List<String> acceptedNames = new ArrayList<>();
			Map<String, Integer> names = new HashMap<>();
			for (GeoJson.Feature f : features) {
				int before = errors.size();
				String name = name(f, names, errors, n -> zones.existsByWorkspaceIdAndNameIgnoreCase(workspaceId, n), "registry.zone.name.taken");
				Commodity commodity = null;
				if (!f.property("commodity").isEmpty()) {
					try {
						commodity = Commodity.valueOf(f.property("commodity").toUpperCase(Locale.ROOT).replace(' ', '_'));
					}
					catch (IllegalArgumentException ex) {
						errors.add(new RowError(f.number(), "commodity", "registry.zoneImport.commodity.unknown", f.property("commodity")));
					}
				}
				Integer max = null;
				String maxText = f.property("max_licences").isEmpty() ? f.property("maxLicences") : f.property("max_licences");
				if (!maxText.isEmpty()) {
					try {
						max = Integer.valueOf(maxText.replaceAll("\\.0+$", ""));
						if (max <= 0) {
							throw new NumberFormatException();
						}
					}
					catch (NumberFormatException ex) {
						errors.add(new RowError(f.number(), "max_licences", "registry.zone.capacity.positive"));
					}
				}
				Geometry g = geometry(f, errors);
				if (g != null) {
					Refusal refusal = zoneRefusal(workspaceId, null, g, jurisdiction);
					if (refusal != null) {
						errors.add(new RowError(f.number(), "geometry", refusal.key(), refusal.args()));
					}
					else {
						for (int i = 0; i < accepted.size(); i++) {
							if (accepted.get(i).relate(g, "T********")) {
								errors.add(new RowError(f.number(), "geometry", "registry.zone.area.overlapsZone", 1, acceptedNames.get(i)));
								break;
							}
						}
					}
				}
				if (errors.size() == before) {
					Zone zone = new Zone(workspaceId);
					zone.describe(name, f.property("code"), f.property("description"), commodity, max);
					zone.outline(Footprint.of(g), 0);
					planned.add(zone);
					accepted.add(g);
					acceptedNames.add(name);
				}
			}
			if (!errors.isEmpty()) {
				throw new ImportRejected(errors);
			}
			long seq = setting.nextSpatialSeq();
			for (Zone zone : planned) {
				zone.outline(zone.footprint(), seq);
				zones.save(zone);
			}
			zones.flush();
			return Integer.toString(planned.size());
		}));
	}

	/**
	 * Adds a protected area for each feature of a GeoJSON FeatureCollection (properties {@code name},
	 * optional {@code designation}; a Polygon or MultiPolygon): all or none. Returns how many were added.
	 */
	@Transactional
	int importProtectedAreas(long workspaceId, byte[] json, String token) {
		return Integer.parseInt(guard.once(token, "registry-protected-area-import:" + workspaceId, List.of(digest(json)), () -> {
			workspaces.get(workspaceId);
			RegistrySetting setting = settings.lock(workspaceId);
			index.refresh(workspaceId);
			List<RowError> errors = new ArrayList<>();
			List<GeoJson.Feature> features = features(json, errors);
			List<ProtectedArea> planned = new ArrayList<>();
			Map<String, Integer> names = new HashMap<>();
			for (GeoJson.Feature f : features) {
				int before = errors.size();
				String name = name(f, names, errors, n -> protectedAreas.existsByWorkspaceIdAndNameIgnoreCase(workspaceId, n), "registry.protected.name.taken");
				Geometry g = geometry(f, errors);
				if (g != null) {
					Refusal refusal = protectedAreaRefusal(workspaceId, g);
					if (refusal != null) {
						errors.add(new RowError(f.number(), "geometry", refusal.key(), refusal.args()));
					}
				}
				if (errors.size() == before) {
					ProtectedArea area = new ProtectedArea(workspaceId);
					area.describe(name, f.property("designation"));
					area.outline(Footprint.of(g), 0);
					planned.add(area);
				}
			}
			if (!errors.isEmpty()) {
				throw new ImportRejected(errors);
			}
			long seq = setting.nextSpatialSeq();
			for (ProtectedArea area : planned) {
				area.outline(area.footprint(), seq);
				protectedAreas.save(area);
			}
			protectedAreas.flush();
			return Integer.toString(planned.size());
		}));
	}

	private static List<GeoJson.Feature> features(byte[] json, List<RowError> errors) {
		List<GeoJson.Refused> refusals = new ArrayList<>();
		List<GeoJson.Feature> features;
		try {
			features = GeoJson.read(json, refusals);
		}
		catch (GeoJson.Refused refused) {
			throw new ImportRejected(List.of(new RowError(refused.feature(), refused.column(), refused.messageKey(), refused.args())));
		}
		refusals.forEach(r -> errors.add(new RowError(r.feature(), r.column(), r.messageKey(), r.args())));
		if (features.isEmpty() && refusals.isEmpty()) {
			throw new ImportRejected(List.of(new RowError(0, "features", "registry.zoneImport.empty")));
		}
		return features;
	}

	private static String name(GeoJson.Feature f, Map<String, Integer> seen, List<RowError> errors, java.util.function.Predicate<String> taken,
			String takenKey) {
		String name = f.property("name");
		if (name.isEmpty()) {
			errors.add(new RowError(f.number(), "name", "registry.zoneImport.name.missing"));
			return name;
		}
		if (name.length() > 200) {
			errors.add(new RowError(f.number(), "name", "registry.zoneImport.name.tooLong"));
			return name;
		}
		Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), f.number());
		if (first != null) {
			errors.add(new RowError(f.number(), "name", "registry.zoneImport.name.repeated", name, first));
		}
		else if (taken.test(name)) {
			errors.add(new RowError(f.number(), "name", takenKey, name));
		}
		return name;
	}

	private static Geometry geometry(GeoJson.Feature f, List<RowError> errors) {
		Geometry g = f.geometry();
		if (!(g instanceof Polygon) && !(g instanceof MultiPolygon)) {
			errors.add(new RowError(f.number(), "geometry", "registry.area.notPolygon", g == null ? "null" : g.getGeometryType()));
			return null;
		}
		CheckResult valid = ValidGeometry.check(g);
		if (!valid.passed()) {
			errors.add(new RowError(f.number(), "geometry", valid.messageKey(), valid.args()));
			return null;
		}
		return g;
	}

	private static String digest(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
