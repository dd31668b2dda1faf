package org.openasm.context;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mine sites of a workspace, each change in one transaction. A site's area is the deepest
 * administrative area whose boundary holds its point; in a workspace that has boundaries a point
 * outside all of them is refused. Two sites of the same name in the same area are refused.
 */
@Service
public class SiteRegister {

	private final SiteRepository sites;

	private final AdministrativeAreas areas;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	private final ApplicationEventPublisher events;

	SiteRegister(SiteRepository sites, AdministrativeAreas areas, WorkspaceManagement workspaces, SubmissionGuard guard,
			ApplicationEventPublisher events) {
		this.sites = sites;
		this.areas = areas;
		this.workspaces = workspaces;
		this.guard = guard;
		this.events = events;
	}

	/** Every mine site of the workspace as other parts of the context analysis read it, by name. */
	@Transactional(readOnly = true)
	public List<SiteFacts> facts(long workspaceId) {
		return sites.findByWorkspaceIdOrderByName(workspaceId).stream().map(MineSite::facts).toList();
	}


	/** A site as a picker shows it. */
	public record SiteName(long id, String name) {
	}

	/**
	 * At most {@code limit} sites whose name contains {@code part} (any case; all sites when blank), by
	 * name: pickers in other modules offer these rather than every site of a national register.
	 */
	@Transactional(readOnly = true)
	public List<SiteName> named(long workspaceId, String part, int limit) {
		String pattern = "%" + (part == null ? "" : part.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")) + "%";
		return sites.named(workspaceId, pattern, org.springframework.data.domain.PageRequest.of(0, limit))
			.stream()
			.map(row -> new SiteName(((Number) row[0]).longValue(), (String) row[1]))
			.toList();
	}

	/**
	 * The ids of the sites lying within the border band (see geo's {@code AdministrativeAreas.borderBand}),
	 * in one query reading only each site's id and position; none when the band is empty.
	 */
	@Transactional(readOnly = true)
	public Set<Long> siteIdsWithin(long workspaceId, org.openasm.geo.BorderBand band) {
		if (band.isEmpty()) {
			return Set.of();
		}
		Set<Long> within = new java.util.TreeSet<>();
		for (Object[] row : sites.positions(workspaceId)) {
			if (band.contains(((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue())) {
				within.add(((Number) row[0]).longValue());
			}
		}
		return within;
	}

	/** How many sites each commodity has, without loading them. */
	@Transactional(readOnly = true)
	java.util.Map<Commodity, Integer> countsByCommodity(long workspaceId) {
		java.util.Map<Commodity, Integer> counts = new java.util.EnumMap<>(Commodity.class);
		sites.countByCommodity(workspaceId).forEach(row -> counts.put((Commodity) row[0], ((Number) row[1]).intValue()));
		return counts;
	}

	/**
	 * The sites grouped by the attributes that tell ASM types apart ({@link SiteGroup}), counted by the
	 * database so that a registry of 100,000 sites is read as a few hundred groups. The sites named in
	 * {@code apart} (those a caller must see one by one) come as groups of one with their id and name,
	 * and are not counted in the other groups; ids of other workspaces or removed sites are ignored.
	 */
	@Transactional(readOnly = true)
	public List<SiteGroup> groups(long workspaceId, java.util.Collection<Long> apart) {
		java.util.Map<List<Object>, long[]> counts = new java.util.LinkedHashMap<>();
		for (Object[] row : sites.countByAttributes(workspaceId)) {
			counts.put(Arrays.asList(row[0], row[1], row[2], row[3], row[4]),
					new long[] { ((Number) row[5]).longValue(), number(row[6]), number(row[7]) });
		}
		List<SiteGroup> single = new ArrayList<>();
		List<Long> ids = apart.stream().distinct().toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			for (Object[] row : sites.attributesOf(workspaceId, ids.subList(from, Math.min(ids.size(), from + 1000)))) {
				long women = number(row[7]);
				long men = number(row[8]);
				long[] group = counts.get(Arrays.asList(row[2], row[3], row[4], row[5], row[6]));
				if (group != null) { // null only for a site added between the two queries
					group[0]--;
					group[1] -= women;
					group[2] -= men;
				}
				single.add(group(((Number) row[0]).longValue(), (String) row[1], row[2], row[3], row[4], row[5], (Long) row[6], 1,
						women, men));
			}
		}
		List<SiteGroup> groups = new ArrayList<>();
		counts.forEach((key, c) -> {
			if (c[0] > 0) {
				groups.add(group(null, null, key.get(0), key.get(1), key.get(2), key.get(3), (Long) key.get(4), (int) c[0], c[1], c[2]));
			}
		});
		groups.addAll(single);
		return groups;
	}

	private static SiteGroup group(Long id, String name, Object commodity, Object deposit, Object mechanisation, Object scale,
			Long areaId, int count, long women, long men) {
		return new SiteGroup(id, name, (Commodity) commodity, ((Enum<?>) deposit).name(), ((Enum<?>) mechanisation).name(),
				((Enum<?>) scale).name(), areaId, count, women, men);
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	@Transactional(readOnly = true)
	List<MineSite> sites(long workspaceId) {
		return sites.findByWorkspaceIdOrderByName(workspaceId);
	}

	@Transactional(readOnly = true)
	MineSite site(long workspaceId, long siteId) {
		return sites.findByIdAndWorkspaceId(siteId, workspaceId).orElseThrow(() -> new RecordNotFoundException("MineSite", siteId));
	}

	List<AreaInfo> areas(long workspaceId) {
		return areas.of(workspaceId);
	}

	boolean hasBoundaries(long workspaceId) {
		return areas.hasBoundaries(workspaceId);
	}

	@Transactional
	long add(long workspaceId, SiteForm form) {
		return Long.parseLong(guard.once(form.getToken(), "context-site:" + workspaceId,
				Arrays.asList(form.getName(), form.getLongitude(), form.getLatitude(), form.getCommodity(), form.getDepositType(),
						form.getLegalStatus(), form.getWomen(), form.getMen()),
				() -> {
					workspaces.get(workspaceId);
					MineSite site = new MineSite(workspaceId);
					place(workspaceId, site, describe(form), form.getAreaId());
					return sites.save(site).getId().toString();
				}));
	}

	@Transactional
	void edit(long workspaceId, long siteId, SiteForm form) {
		MineSite site = site(workspaceId, siteId);
		site.checkVersion(form.getVersion());
		place(workspaceId, site, describe(form), form.getAreaId());
		sites.flush();
	}

	/** Removes a site; {@link SiteRemoved} lets the other modules drop what they keep about it in the same transaction. */
	@Transactional
	void remove(long workspaceId, long siteId) {
		sites.delete(site(workspaceId, siteId));
		events.publishEvent(new SiteRemoved(workspaceId, siteId));
	}

	/** What an import did: sites added, and rows skipped because the same site (name, area, point) is already recorded. */
	record Imported(int added, int alreadyRecorded) {
	}

	/**
	 * Imports sites from a CSV, XLSX or GeoJSON file ({@link SiteImport}): every row is checked first and
	 * any wrong row refuses the whole file. A row describing a site already recorded (same name, area and
	 * point) is skipped, so importing the same file twice adds nothing; the same name in the same area at
	 * another point is refused as a duplicate.
	 */
	@Transactional
	Imported importFile(long workspaceId, byte[] file) {
		workspaces.get(workspaceId);
		List<SiteImport.Cells> rows = SiteImport.read(file);
		boolean bounded = areas.hasBoundaries(workspaceId);
		List<MineSite> existing = sites(workspaceId);
		List<RowError> errors = new ArrayList<>();
		List<SiteDescription> toAdd = new ArrayList<>();
		List<Long> toAddAreas = new ArrayList<>();
		Set<String> inFile = new HashSet<>();
		int skipped = 0;
		for (SiteImport.Cells row : rows) {
			SiteDescription d = SiteImport.describe(row, errors);
			if (d == null) {
				continue;
			}
			Optional<AreaInfo> area = areas.locate(workspaceId, d.longitude().doubleValue(), d.latitude().doubleValue());
			if (bounded && area.isEmpty()) {
				errors.add(new RowError(row.row(), "longitude", "site.point.outside", d.longitude(), d.latitude()));
				continue;
			}
			Long areaId = area.map(AreaInfo::id).orElse(null);
			Optional<MineSite> same = existing.stream()
				.filter(s -> s.getName().equalsIgnoreCase(d.name()) && Objects.equals(s.getAreaId(), areaId))
				.findFirst();
			if (same.isPresent()) {
				if (samePoint(same.get(), d)) {
					skipped++;
				}
				else {
					errors.add(new RowError(row.row(), "name", "siteImport.taken", d.name()));
				}
				continue;
			}
			if (!inFile.add(d.name().toLowerCase(Locale.ROOT) + "\u0000" + areaId)) {
				errors.add(new RowError(row.row(), "name", "siteImport.twice", d.name()));
				continue;
			}
			toAdd.add(d);
			toAddAreas.add(areaId);
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		for (int i = 0; i < toAdd.size(); i++) {
			MineSite site = new MineSite(workspaceId);
			site.describe(toAdd.get(i), toAddAreas.get(i));
			sites.save(site);
		}
		sites.flush();
		return new Imported(toAdd.size(), skipped);
	}

	/** Saves checked descriptions as new sites (demo data), each placed from its point; points outside every area are left out. */
	@Transactional
	int seed(long workspaceId, List<SiteDescription> descriptions) {
		int added = 0;
		for (SiteDescription d : descriptions) {
			Optional<AreaInfo> area = areas.locate(workspaceId, d.longitude().doubleValue(), d.latitude().doubleValue());
			if (area.isPresent()) {
				MineSite site = new MineSite(workspaceId);
				site.describe(d, area.get().id());
				sites.save(site);
				added++;
			}
		}
		sites.flush();
		return added;
	}

	private static boolean samePoint(MineSite s, SiteDescription d) {
		return s.getLongitude().compareTo(d.longitude()) == 0 && s.getLatitude().compareTo(d.latitude()) == 0;
	}

	private static SiteDescription describe(SiteForm f) {
		BigDecimal lon = SiteCoordinates.read(f.getLongitude(), 180)
			.orElseThrow(() -> new DomainRuleViolation("longitude", "site.longitude.invalid", f.getLongitude()));
		BigDecimal lat = SiteCoordinates.read(f.getLatitude(), 90)
			.orElseThrow(() -> new DomainRuleViolation("latitude", "site.latitude.invalid", f.getLatitude()));
		return new SiteDescription(f.getName().strip(), lon, lat, f.getCommodity(), f.getDepositType(), f.getMechanisation(),
				f.getScale(), f.getWomen(), f.getMen(), f.isMinors(), f.getLegalStatus(), blankToNull(f.getTechniques()),
				f.getImpacts(), f.getObservedOn(), blankToNull(f.getObservationSource()));
	}

	private void place(long workspaceId, MineSite site, SiteDescription d, Long chosenAreaId) {
		Long areaId;
		if (areas.hasBoundaries(workspaceId)) {
			areaId = areas.locate(workspaceId, d.longitude().doubleValue(), d.latitude().doubleValue())
				.map(AreaInfo::id)
				.orElseThrow(() -> new DomainRuleViolation("longitude", "site.point.outside", d.longitude(), d.latitude()));
		}
		else {
			areaId = chosenAreaId;
			if (areaId != null && areas.of(workspaceId).stream().noneMatch(a -> a.id() == chosenAreaId)) {
				throw new DomainRuleViolation("areaId", "site.area.unknown", chosenAreaId);
			}
		}
		for (MineSite other : sites(workspaceId)) {
			if (!other.getId().equals(site.getId()) && other.getName().equalsIgnoreCase(d.name())
					&& Objects.equals(other.getAreaId(), areaId)) {
				throw new DomainRuleViolation("name", "site.name.taken", d.name());
			}
		}
		site.describe(d, areaId);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
