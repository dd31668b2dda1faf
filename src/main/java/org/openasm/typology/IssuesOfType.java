package org.openasm.typology;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the vision's issues apply to a type. An issue applies when one of the type's sites is
 * recorded as evidence for it, or when a technique practised at one of the type's sites bears on the
 * issue's kind (the technique lists that kind among its issues).
 *
 * <p>Example: the issue “mercury in the rivers” (kind MERCURY, evidence site 7). A type with sites 7
 * and 8 has it by evidence; a type with site 9, where whole-ore amalgamation (bearing on MERCURY) is
 * practised, has it by technique; a type with only site 10, which practises panning (no issue), does not.
 *
 * @param <K> the kind of issue
 */
final class IssuesOfType<K> {

	/** An issue: its id, kind and the sites recorded as evidence for it. */
	record Issue<K>(long id, K kind, Set<Long> evidenceSiteIds) {
	}

	private final Map<Long, Set<Long>> techniquesBySite;

	private final Map<Long, Set<K>> kindsByTechnique;

	/** What sites practise (site → technique ids) and what each technique bears on (technique → kinds). */
	IssuesOfType(Map<Long, Set<Long>> techniquesBySite, Map<Long, Set<K>> kindsByTechnique) {
		this.techniquesBySite = techniquesBySite;
		this.kindsByTechnique = kindsByTechnique;
	}

	/** The ids of the issues that apply to a type with these sites, in the order given. */
	List<Long> applying(Collection<Long> typeSites, List<Issue<K>> issues) {
		return issues.stream().filter(issue -> applies(typeSites, issue)).map(Issue::id).toList();
	}

	boolean applies(Collection<Long> typeSites, Issue<K> issue) {
		for (long site : typeSites) {
			if (issue.evidenceSiteIds().contains(site)) {
				return true;
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
