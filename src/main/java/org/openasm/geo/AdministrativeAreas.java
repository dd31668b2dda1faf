package org.openasm.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.SubmissionGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The geo module's façade for administrative areas. */
@Service
public class AdministrativeAreas {

	private final AreaRepository areas;

	private final SubmissionGuard guard;

	private final AreaLocator locator;

	AdministrativeAreas(AreaRepository areas, SubmissionGuard guard, AreaLocator locator) {
		this.areas = areas;
		this.guard = guard;
		this.locator = locator;
	}

	/**
	 * The deepest area whose boundary covers the point (a district rather than its region), if any;
	 * areas without a boundary are never found.
	 */
	@Transactional(readOnly = true)
	public Optional<AreaInfo> locate(long workspaceId, double longitude, double latitude) {
		return locator.locate(workspaceId, longitude, latitude);
	}

	/** Whether any area of the workspace has a boundary (then a point outside all of them is outside the jurisdiction). */
	@Transactional(readOnly = true)
	public boolean hasBoundaries(long workspaceId) {
		return locator.hasBoundaries(workspaceId);
	}

	/**
	 * The jurisdiction's land as one prepared geometry (the union of the top-level areas' boundaries),
	 * for asking whether a polygon lies inside it; empty when no top-level area has a boundary.
	 */
	@Transactional(readOnly = true)
	public Optional<org.locationtech.jts.geom.prep.PreparedGeometry> jurisdiction(long workspaceId) {
		return locator.jurisdiction(workspaceId);
	}

	/**
	 * The land within {@code km} kilometres of the jurisdiction's border, whose outline is the union of
	 * the top-level areas' boundaries; empty when none of them has a boundary. See {@link BorderBand}
	 * for how degrees become kilometres.
	 */
	@Transactional(readOnly = true)
	public BorderBand borderBand(long workspaceId, double km) {
		if (km < 0) {
			throw new IllegalArgumentException("A border distance is not negative");
		}
		return BorderBand.along(locator.border(workspaceId), km);
	}

	/**
	 * The areas that have a boundary as a GeoJSON FeatureCollection for maps: each feature's properties
	 * are {@code id}, {@code name}, {@code code}, {@code level} and {@code parentId}; regions first.
	 */
	@Transactional(readOnly = true)
	public String boundariesGeoJson(long workspaceId) {
		List<AreaLocator.Located> outlines = new ArrayList<>(locator.outlines(workspaceId));
		outlines.sort(Comparator.comparingInt((AreaLocator.Located l) -> l.area().level()).thenComparing(l -> l.area().name()));
		StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		boolean first = true;
		for (AreaLocator.Located l : outlines) {
			AreaInfo a = l.area();
			out.append(first ? "" : ",")
				.append("{\"type\":\"Feature\",\"id\":").append(a.id())
				.append(",\"properties\":{\"id\":").append(a.id())
				.append(",\"name\":").append(GeoJson.quote(a.name()))
				.append(",\"code\":").append(a.code() == null ? "null" : GeoJson.quote(a.code()))
				.append(",\"level\":").append(a.level())
				.append(",\"parentId\":").append(a.parentId())
				.append("},\"geometry\":").append(GeoJson.geometry(l.outline().getGeometry())).append('}');
			first = false;
		}
		return out.append("]}").toString();
	}

	/**
	 * Imports areas with their boundaries from a GeoJSON FeatureCollection (see {@link AreaBoundaryImport}):
	 * all features or none. Returns how many areas were added or given a boundary.
	 */
	@Transactional
	public int importGeoJson(long workspaceId, byte[] json) {
		List<AdministrativeArea> all = areas.findByWorkspaceIdOrderByPath(workspaceId);
		List<org.locationtech.jts.geom.Geometry> tops = all.stream()
			.filter(a -> a.getLevel() == 1)
			.map(a -> AreaLocator.read(a.getBoundary()))
			.filter(java.util.Objects::nonNull)
			.toList();
		List<AreaBoundaryImport.Planned> planned = AreaBoundaryImport.check(json, of(workspaceId), tops);
		Map<String, AdministrativeArea> byCode = new HashMap<>();
		all.stream().filter(a -> a.getCode() != null).forEach(a -> byCode.put(a.getCode(), a));
		for (AreaBoundaryImport.Planned p : planned) {
			AdministrativeArea area;
			if (p.existingId() != null) {
				area = areas.findById(p.existingId()).orElseThrow();
			}
			else {
				AdministrativeArea parent = p.parentCode() == null ? null : byCode.get(p.parentCode());
				boolean taken = parent == null ? areas.existsByWorkspaceIdAndParentIdIsNullAndNameIgnoreCase(workspaceId, p.name())
						: areas.existsByWorkspaceIdAndParentIdAndNameIgnoreCase(workspaceId, parent.getId(), p.name());
				if (taken) {
					throw new org.openasm.shared.ImportRejected(List.of(new org.openasm.shared.ImportRejected.RowError(p.feature(),
							"name", "area.name.taken", p.name())));
				}
				area = areas.saveAndFlush(new AdministrativeArea(workspaceId, parent, p.name(), p.code()));
				area.placeUnder(parent);
			}
			if (p.boundary() != null) {
				area.outline(p.boundary().toText());
			}
			if (area.getCode() != null) {
				byCode.put(area.getCode(), area);
			}
		}
		areas.flush();
		locator.evict(workspaceId);
		return planned.size();
	}

	/** Sets an area's boundary (demo data). */
	@Transactional
	void outline(long workspaceId, long areaId, org.locationtech.jts.geom.Geometry boundary) {
		areas.findByIdAndWorkspaceId(areaId, workspaceId).orElseThrow().outline(boundary == null ? null : boundary.toText());
		areas.flush();
		locator.evict(workspaceId);
	}

	/** The areas of a workspace as a tree read top-down: each area followed by its children, by name. */
	@Transactional(readOnly = true)
	public List<AreaInfo> of(long workspaceId) {
		Map<Long, List<AreaInfo>> children = new HashMap<>();
		areas.findByWorkspaceIdOrderByPath(workspaceId)
			.stream()
			.map(AdministrativeArea::info)
			.forEach(a -> children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a));
		children.values().forEach(list -> list.sort(Comparator.comparing(AreaInfo::name, String.CASE_INSENSITIVE_ORDER)));
		List<AreaInfo> ordered = new ArrayList<>();
		appendTree(null, children, ordered);
		return ordered;
	}

	private static void appendTree(Long parentId, Map<Long, List<AreaInfo>> children, List<AreaInfo> into) {
		for (AreaInfo area : children.getOrDefault(parentId, List.of())) {
			into.add(area);
			appendTree(area.id(), children, into);
		}
	}

	@Transactional
	public long add(long workspaceId, AreaForm form) {
		return Long.parseLong(guard.once(form.getToken(), "area:" + workspaceId,
				Arrays.asList(form.getName(), form.getCode(), form.getParentId()), () -> {
			AdministrativeArea parent = form.getParentId() == null ? null
					: areas.findByIdAndWorkspaceId(form.getParentId(), workspaceId)
						.orElseThrow(() -> new DomainRuleViolation("parentId", "area.parent.unknown", form.getParentId()));
			String name = form.getName().strip();
			boolean taken = parent == null ? areas.existsByWorkspaceIdAndParentIdIsNullAndNameIgnoreCase(workspaceId, name)
					: areas.existsByWorkspaceIdAndParentIdAndNameIgnoreCase(workspaceId, parent.getId(), name);
			if (taken) {
				throw new DomainRuleViolation("name", "area.name.taken", name);
			}
			if (form.getCode() != null && !form.getCode().isBlank()
					&& areas.existsByWorkspaceIdAndCodeIgnoreCase(workspaceId, form.getCode().strip())) {
				throw new DomainRuleViolation("code", "area.code.taken", form.getCode().strip());
			}
			AdministrativeArea area = areas.saveAndFlush(new AdministrativeArea(workspaceId, parent, name, form.getCode()));
			area.placeUnder(parent);
			locator.evict(workspaceId);
			return area.getId().toString();
		}));
	}
}
