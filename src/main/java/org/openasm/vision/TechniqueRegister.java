package org.openasm.vision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openasm.context.SiteFacts;
import org.openasm.context.SiteRegister;
import org.openasm.context.SiteRemoved;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The techniques of a workspace and the sites where each is practised, each change in one transaction.
 * Catalogue entries come from {@link TechniqueCatalogue}; the government adds its own and decides every
 * grade with its reason. A link to a site since removed from the context analysis is ignored.
 */
@Service
class TechniqueRegister {

	private final TechniqueRepository techniques;

	private final SiteTechniqueRepository links;

	private final SiteRegister sites;

	private final AdministrativeAreas areas;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	private final MessageSource messages;

	TechniqueRegister(TechniqueRepository techniques, SiteTechniqueRepository links, SiteRegister sites, AdministrativeAreas areas,
			WorkspaceManagement workspaces, SubmissionGuard guard, MessageSource messages) {
		this.techniques = techniques;
		this.links = links;
		this.sites = sites;
		this.areas = areas;
		this.workspaces = workspaces;
		this.guard = guard;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	List<Technique> techniques(long workspaceId) {
		return techniques.findByWorkspaceIdOrderById(workspaceId);
	}

	@Transactional(readOnly = true)
	Technique technique(long workspaceId, long techniqueId) {
		return techniques.findByIdAndWorkspaceId(techniqueId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("Technique", techniqueId));
	}

	/** A technique's name as the reader reads it: a catalogue entry's in their language, one added as it was typed. */
	String name(Technique t, Locale locale) {
		return t.isCatalogued() ? messages.getMessage(TechniqueCatalogue.nameKey(t.getCode()), null, t.getCode(), locale) : t.getName();
	}

	/** What a catalogue entry says of itself (description, reason), empty for one the government added. */
	Optional<String> catalogueText(Technique t, String part, Locale locale) {
		if (!t.isCatalogued()) {
			return Optional.empty();
		}
		String key = "vision.catalogue." + t.getCode() + "." + part;
		return Optional.ofNullable(messages.getMessage(key, null, null, locale));
	}

	TechniqueFacts facts(Technique t, Locale locale) {
		return new TechniqueFacts(t.getId(), t.getCode(), name(t, locale), t.getStage(), t.getCommoditySet(), t.getSuggestedGrade(),
				t.getGrade(), t.getRationale(), t.getIssueSet());
	}

	/**
	 * Adds the catalogue entries the workspace does not have yet (by code), so loading twice adds
	 * nothing; returns how many were added.
	 */
	@Transactional
	int loadCatalogue(long workspaceId) {
		workspaces.get(workspaceId);
		Set<String> present = techniques(workspaceId).stream()
			.map(Technique::getCode)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		int added = 0;
		for (TechniqueCatalogue.Entry entry : TechniqueCatalogue.ENTRIES) {
			if (!present.contains(entry.code())) {
				techniques.save(Technique.catalogued(workspaceId, entry));
				added++;
			}
		}
		techniques.flush();
		return added;
	}

	@Transactional
	long add(long workspaceId, TechniqueForm form, Locale locale) {
		return Long.parseLong(guard.once(form.getToken(), "vision-technique:" + workspaceId, Arrays.asList(form.getName(),
				form.getDescription(), form.getStage(), Columns.enums(form.getCommodities()), Columns.enums(form.getIssues())), () -> {
			workspaces.get(workspaceId);
			Technique technique = Technique.own(workspaceId);
			describe(workspaceId, technique, form, locale);
			return techniques.save(technique).getId().toString();
		}));
	}

	@Transactional
	void edit(long workspaceId, long techniqueId, TechniqueForm form, Locale locale) {
		Technique technique = technique(workspaceId, techniqueId);
		technique.checkVersion(form.getVersion());
		if (technique.isCatalogued()) {
			throw new DomainRuleViolation("name", "vision.technique.catalogued");
		}
		describe(workspaceId, technique, form, locale);
		techniques.flush();
	}

	/** The government's grade and why; a grade needs a rationale, and no grade withdraws it. */
	@Transactional
	void grade(long workspaceId, long techniqueId, GradeForm form) {
		Technique technique = technique(workspaceId, techniqueId);
		technique.checkVersion(form.getVersion());
		if (form.getGrade() != null && (form.getRationale() == null || form.getRationale().isBlank())) {
			throw new DomainRuleViolation("rationale", "vision.grade.rationale.required");
		}
		technique.grade(form.getGrade(), form.getRationale());
		techniques.flush();
	}

	/** A technique goes with its site links; each removal is in the history. */
	@Transactional
	void remove(long workspaceId, long techniqueId) {
		Technique technique = technique(workspaceId, techniqueId);
		links.deleteAll(links.findByTechniqueOrderBySiteId(technique));
		links.flush();
		techniques.delete(technique);
	}

	private void describe(long workspaceId, Technique technique, TechniqueForm form, Locale locale) {
		String name = form.getName().strip();
		for (Technique other : techniques(workspaceId)) {
			if (!other.getId().equals(technique.getId()) && (name.equalsIgnoreCase(name(other, locale))
					|| (other.getName() != null && name.equalsIgnoreCase(other.getName())))) {
				throw new DomainRuleViolation("name", "vision.technique.name.taken", name);
			}
		}
		technique.describe(name, form.getDescription(), form.getStage(), form.getCommodities(), form.getIssues());
	}

	// --- Sites where techniques are practised

	/** The sites recorded in the context analysis, by id. */
	@Transactional(readOnly = true)
	Map<Long, SiteFacts> sites(long workspaceId) {
		Map<Long, SiteFacts> byId = new java.util.LinkedHashMap<>();
		sites.facts(workspaceId).forEach(s -> byId.put(s.id(), s));
		return byId;
	}

	List<AreaInfo> areas(long workspaceId) {
		return areas.of(workspaceId);
	}

	/**
	 * Technique id to the ids of the sites where it is practised. A removed site's links go with it
	 * ({@link #forget}), so every link names a recorded site.
	 */
	@Transactional(readOnly = true)
	Map<Long, Set<Long>> sitesByTechnique(long workspaceId) {
		Map<Long, Set<Long>> map = new TreeMap<>();
		for (Object[] pair : links.pairs(workspaceId)) {
			map.computeIfAbsent(((Number) pair[0]).longValue(), k -> new java.util.TreeSet<>()).add(((Number) pair[1]).longValue());
		}
		return map;
	}

	/** The ids of the techniques practised at one site at least, counted by the database (readiness reads it on every page). */
	@Transactional(readOnly = true)
	Set<Long> practisedTechniqueIds(long workspaceId) {
		return new java.util.HashSet<>(links.practisedTechniqueIds(workspaceId));
	}

	/** A removed site takes the record of the techniques practised there with it, in the same transaction. */
	@EventListener
	void forget(SiteRemoved removed) {
		links.deleteAll(links.findByWorkspaceIdAndSiteId(removed.workspaceId(), removed.siteId()));
	}

	/** Site id to the ids of the techniques practised there. */
	@Transactional(readOnly = true)
	Map<Long, Set<Long>> techniquesBySite(long workspaceId) {
		Map<Long, Set<Long>> map = new TreeMap<>();
		sitesByTechnique(workspaceId).forEach((technique, siteIds) -> siteIds
			.forEach(site -> map.computeIfAbsent(site, k -> new java.util.TreeSet<>()).add(technique)));
		return map;
	}

	/** How widespread the unacceptable and poor techniques are ({@link Prevalence}), names in {@code locale}. */
	@Transactional(readOnly = true)
	List<Prevalence.Row> prevalence(long workspaceId, Locale locale) {
		List<Prevalence.Graded> graded = techniques(workspaceId).stream()
			.map(t -> new Prevalence.Graded(t.getId(), name(t, locale), t.getGrade()))
			.toList();
		return Prevalence.of(graded, sitesByTechnique(workspaceId), sites(workspaceId).values(), areas(workspaceId));
	}

	/** The recorded sites where a technique is practised, by name. */
	@Transactional(readOnly = true)
	List<SiteFacts> sitesOf(long workspaceId, long techniqueId) {
		Technique technique = technique(workspaceId, techniqueId);
		Map<Long, SiteFacts> all = sites(workspaceId);
		return links.findByTechniqueOrderBySiteId(technique)
			.stream()
			.map(l -> all.get(l.getSiteId()))
			.filter(Objects::nonNull)
			.sorted(java.util.Comparator.comparing(SiteFacts::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * Links a technique to every recorded site the selection names: the sites given by id (each must be
	 * a site of this workspace) or, when none is given, those matching all of its filters. Sites already
	 * linked are skipped; returns how many links were added.
	 */
	@Transactional
	int addSites(long workspaceId, long techniqueId, SiteSelection selection) {
		Technique technique = technique(workspaceId, techniqueId);
		Map<Long, SiteFacts> all = sites(workspaceId);
		List<Long> chosen;
		if (selection.getSiteIds() != null && !selection.getSiteIds().isEmpty()) {
			for (Long id : selection.getSiteIds()) {
				if (id == null || !all.containsKey(id)) {
					throw new DomainRuleViolation("siteIds", "vision.link.site.unknown", String.valueOf(id));
				}
			}
			chosen = new ArrayList<>(selection.getSiteIds());
		}
		else {
			if (selection.getCommodity() == null && blank(selection.getDepositType()) && blank(selection.getMechanisation())
					&& selection.getAreaId() == null) {
				throw new DomainRuleViolation("commodity", "vision.link.filter.empty");
			}
			chosen = SiteMatch.matching(all.values(), selection, areas(workspaceId)).stream().map(SiteFacts::id).toList();
		}
		Set<Long> linked = links.findByTechniqueOrderBySiteId(technique).stream().map(SiteTechnique::getSiteId).collect(Collectors.toSet());
		int added = 0;
		for (Long siteId : chosen) {
			if (linked.add(siteId)) {
				links.save(new SiteTechnique(technique, siteId));
				added++;
			}
		}
		links.flush();
		return added;
	}

	@Transactional
	void removeSite(long workspaceId, long techniqueId, long siteId) {
		Technique technique = technique(workspaceId, techniqueId);
		SiteTechnique link = links.findByTechniqueOrderBySiteId(technique)
			.stream()
			.filter(l -> l.getSiteId() == siteId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("SiteTechnique", siteId));
		links.delete(link);
	}

	/** The recorded site of this id, or not found. */
	@Transactional(readOnly = true)
	SiteFacts site(long workspaceId, long siteId) {
		SiteFacts site = sites(workspaceId).get(siteId);
		if (site == null) {
			throw new RecordNotFoundException("MineSite", siteId);
		}
		return site;
	}

	/** The ids of the techniques practised at a site. */
	@Transactional(readOnly = true)
	Set<Long> techniquesAt(long workspaceId, long siteId) {
		site(workspaceId, siteId);
		return links.findByWorkspaceIdAndSiteId(workspaceId, siteId)
			.stream()
			.map(l -> l.getTechnique().getId())
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/** Sets the techniques practised at a site to exactly these: ticked ones linked, unticked ones unlinked. */
	@Transactional
	void practisedAt(long workspaceId, long siteId, Set<Long> techniqueIds) {
		site(workspaceId, siteId);
		Set<Long> wanted = techniqueIds == null ? Set.of() : new HashSet<>(techniqueIds);
		Map<Long, Technique> own = new HashMap<>();
		techniques(workspaceId).forEach(t -> own.put(t.getId(), t));
		for (Long id : wanted) {
			if (id == null || !own.containsKey(id)) {
				throw new DomainRuleViolation("techniqueIds", "vision.link.technique.unknown", String.valueOf(id));
			}
		}
		Set<Long> present = new HashSet<>();
		for (SiteTechnique link : links.findByWorkspaceIdAndSiteId(workspaceId, siteId)) {
			if (!wanted.contains(link.getTechnique().getId())) {
				links.delete(link);
			}
			else {
				present.add(link.getTechnique().getId());
			}
		}
		for (Long id : new LinkedHashSet<>(wanted)) {
			if (!present.contains(id)) {
				links.save(new SiteTechnique(own.get(id), siteId));
			}
		}
		links.flush();
	}

	/** What a link import did: links added, and rows skipped because the link already existed. */
	record Imported(int added, int alreadyLinked) {
	}

	/**
	 * Imports site–technique links from a CSV ({@link LinkImport}): checked whole, nothing saved if any
	 * row is wrong; links already recorded are skipped, so importing twice adds nothing.
	 */
	@Transactional
	Imported importLinks(long workspaceId, byte[] file, Locale locale) {
		workspaces.get(workspaceId);
		Map<Long, SiteFacts> all = sites(workspaceId);
		Map<String, List<Long>> siteNames = new HashMap<>();
		all.values().forEach(s -> siteNames.computeIfAbsent(s.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s.id()));
		List<Technique> known = techniques(workspaceId);
		Map<String, List<Long>> techniqueKeys = new HashMap<>();
		for (Technique t : known) {
			Set<String> keys = new LinkedHashSet<>();
			if (t.getCode() != null) {
				keys.add(t.getCode().toLowerCase(Locale.ROOT));
				for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH, locale)) {
					keys.add(name(t, l).toLowerCase(Locale.ROOT));
				}
			}
			else {
				keys.add(t.getName().toLowerCase(Locale.ROOT));
			}
			keys.forEach(k -> techniqueKeys.computeIfAbsent(k, x -> new ArrayList<>()).add(t.getId()));
		}
		LinkImport.Resolver siteResolver = value -> {
			List<Long> byName = siteNames.getOrDefault(value.toLowerCase(Locale.ROOT), List.of());
			if (!byName.isEmpty()) {
				return byName;
			}
			try {
				long id = Long.parseLong(value.strip());
				return all.containsKey(id) ? List.of(id) : List.of();
			}
			catch (NumberFormatException notAnId) {
				return List.of();
			}
		};
		LinkImport.Resolver techniqueResolver = value -> techniqueKeys.getOrDefault(value.toLowerCase(Locale.ROOT), List.of())
			.stream().distinct().toList();
		List<LinkImport.Link> read = LinkImport.read(file, siteResolver, techniqueResolver);
		Set<String> existing = links.pairs(workspaceId)
			.stream()
			.map(p -> ((Number) p[0]).longValue() + ":" + ((Number) p[1]).longValue())
			.collect(Collectors.toSet());
		Map<Long, Technique> byId = known.stream().collect(Collectors.toMap(Technique::getId, t -> t));
		int added = 0;
		int skipped = 0;
		for (LinkImport.Link link : read) {
			if (existing.contains(link.techniqueId() + ":" + link.siteId())) {
				skipped++;
			}
			else {
				links.save(new SiteTechnique(byId.get(link.techniqueId()), link.siteId()));
				added++;
			}
		}
		links.flush();
		return new Imported(added, skipped);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
