package org.openasm.typology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openasm.context.Commodity;
import org.openasm.context.EstimatedProduction;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.vision.IssueFacts;
import org.openasm.vision.IssueKind;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.VisionRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profiles of a workspace's types. The sites practising catalogued techniques and those given as
 * evidence for an issue are typed one by one (the rest by groups), so techniques and issues can be
 * traced to the types whose sites they concern.
 */
@Component
class TypeProfiles {

	/** The profiles and the typing they come from. */
	record Profiles(List<TypeProfile> profiles, SiteTyping.Typing typing) {

		Optional<TypeProfile> of(long typeId) {
			return profiles.stream().filter(p -> p.id() == typeId).findFirst();
		}
	}

	private final SiteTyping typing;

	private final SectorTypeRepository types;

	private final VisionRecords vision;

	private final EstimatedProduction production;

	private final AdministrativeAreas areas;

	TypeProfiles(SiteTyping typing, SectorTypeRepository types, VisionRecords vision, EstimatedProduction production,
			AdministrativeAreas areas) {
		this.typing = typing;
		this.types = types;
		this.vision = vision;
		this.production = production;
		this.areas = areas;
	}

	@Transactional(readOnly = true)
	Profiles profiles(long workspaceId, Locale locale) {
		Map<Long, Set<Long>> techniquesBySite = vision.techniquesBySite(workspaceId);
		List<IssueFacts> issues = vision.issues(workspaceId);
		List<TechniqueFacts> techniques = vision.techniques(workspaceId, locale);
		Set<Long> apart = new HashSet<>(techniquesBySite.keySet());
		issues.forEach(i -> apart.addAll(i.evidenceSiteIds()));
		SiteTyping.Typing t = typing.typing(workspaceId, apart);
		Map<Long, Set<IssueKind>> kindsByTechnique = new HashMap<>();
		techniques.forEach(x -> kindsByTechnique.put(x.id(), x.issues()));
		IssuesOfType<IssueKind> rule = new IssuesOfType<>(techniquesBySite, kindsByTechnique, t.commodityOfSite());
		List<IssuesOfType.Issue<IssueKind>> ruleIssues = issues.stream()
			.map(i -> new IssuesOfType.Issue<>(i.id(), i.kind(), i.evidenceSiteIds()))
			.toList();
		Map<Long, AreaInfo> areaById = new HashMap<>();
		areas.of(workspaceId).forEach(a -> areaById.put(a.id(), a));
		Map<Commodity, Optional<EstimatedProduction.Range>> estimates = new HashMap<>();
		List<TypeProfile> profiles = new ArrayList<>();
		for (SectorType type : types.findByWorkspaceIdOrderByName(workspaceId)) {
			SiteTyping.Holding h = t.of(type.getId());
			Set<Long> techniqueIds = new LinkedHashSet<>();
			h.siteIds.forEach(site -> techniqueIds.addAll(techniquesBySite.getOrDefault(site, Set.of())));
			List<TechniqueFacts> practised = techniques.stream().filter(x -> techniqueIds.contains(x.id())).toList();
			Set<Long> applying = new HashSet<>(rule.applying(h.siteIds, ruleIssues));
			List<IssueFacts> typeIssues = issues.stream().filter(i -> applying.contains(i.id())).toList();
			List<ApportionedProduction> share = new ArrayList<>();
			for (Map.Entry<Commodity, Long> e : h.workersByCommodity.entrySet()) {
				Optional<EstimatedProduction.Range> estimate = estimates.computeIfAbsent(e.getKey(),
						c -> production.annual(workspaceId, c));
				if (estimate.isPresent()) {
					ApportionedProduction p = ApportionedProduction.of(e.getKey(), e.getValue(),
							t.workersByCommodity().getOrDefault(e.getKey(), 0L), estimate.get());
					if (p != null) {
						share.add(p);
					}
				}
			}
			Set<String> regions = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
			for (long areaId : h.areaIds) {
				AreaInfo area = areaById.get(areaId);
				if (area != null) {
					regions.add(areaById.getOrDefault(area.topId(), area).name());
				}
			}
			Set<Commodity> commodities = EnumSet.noneOf(Commodity.class);
			commodities.addAll(h.workersByCommodity.keySet());
			profiles.add(new TypeProfile(type.getId(), type.getName(), type.getDescription(), type.getAccepted(), type.getVersion(), h.sites,
					h.women, h.men, commodities, share, practised, typeIssues, List.copyOf(regions)));
		}
		profiles.sort(Comparator.comparing(TypeProfile::name, String.CASE_INSENSITIVE_ORDER));
		return new Profiles(profiles, t);
	}
}
