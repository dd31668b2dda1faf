package org.openasm.typology;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openasm.context.Commodity;

/**
 * Which of the vision's issues apply to a type. An issue applies when one of the type's sites is
 * recorded as evidence for it, or when a technique practised at one of the type's sites bears on the
 * issue's kind (the technique lists that kind among its issues) and the site mines a commodity the
 * issue is about. An issue is about the commodities of its evidence sites; one without site evidence is
 * about every commodity. So “pit collapses at hard-rock gold reefs” (evidenced at gold sites) reaches a
 * gold type whose pits lack ground support, not a quarry type whose workers lack helmets.
 *
 * <p>Example: the issue “mercury in the rivers” (kind MERCURY, evidence site 7, a gold site). A type with
 * sites 7 and 8 has it by evidence; a type with gold site 9, where whole-ore amalgamation (bearing on
 * MERCURY) is practised, has it by technique; a type with only site 10, which practises panning (no
 * issue), does not; nor does a type whose only site 12 mines tin with amalgamation, since the issue is
 * about gold.
 *
 * @param <K> the kind of issue
 */
final class IssuesOfType<K> {

	/** An issue: its id, kind and the sites recorded as evidence for it. */
	record Issue<K>(long id, K kind, Set<Long> evidenceSiteIds) {
	}

	private final Map<Long, Set<Long>> techniquesBySite;

	private final Map<Long, Set<K>> kindsByTechnique;

	private final Map<Long, Commodity> commodityOfSite;

	/**
	 * What sites practise (site → technique ids), what each technique bears on (technique → kinds) and
	 * what the sites seen so far mine (site → commodity; a site missing here limits nothing).
	 */
	IssuesOfType(Map<Long, Set<Long>> techniquesBySite, Map<Long, Set<K>> kindsByTechnique, Map<Long, Commodity> commodityOfSite) {
		this.techniquesBySite = techniquesBySite;
		this.kindsByTechnique = kindsByTechnique;
		this.commodityOfSite = commodityOfSite;
	}

	/** The ids of the issues that apply to a type with these sites, in the order given. */
	List<Long> applying(Collection<Long> typeSites, List<Issue<K>> issues) {
		return issues.stream().filter(issue -> applies(typeSites, issue)).map(Issue::id).toList();
	}

	boolean applies(Collection<Long> typeSites, Issue<K> issue) {
		Set<Commodity> about = EnumSet.noneOf(Commodity.class);
		issue.evidenceSiteIds().stream().map(commodityOfSite::get).filter(Objects::nonNull).forEach(about::add);
		for (long site : typeSites) {
			if (issue.evidenceSiteIds().contains(site)) {
				return true;
			}
			Commodity mined = commodityOfSite.get(site);
			if (!about.isEmpty() && mined != null && !about.contains(mined)) {
				continue;
			}
			for (long technique : techniquesBySite.getOrDefault(site, Set.of())) {
				if (kindsByTechnique.getOrDefault(technique, Set.of()).contains(issue.kind())) {
					return true;
				}
			}
		}
		return false;
	}
}
