package org.openasm.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.registry.LicenceCategories;
import org.openasm.registry.LicenceCategoryFacts;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.taskforce.Agencies;
import org.openasm.taskforce.AgencyInfo;
import org.openasm.vision.GoalFacts;
import org.openasm.vision.IssueFacts;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.VisionRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of other steps a strategy page names by id (techniques with their grades, issues, goals,
 * agencies, stakeholder inputs, areas, licence categories), read once per page so a strategy's ids
 * read as names. An id whose record was removed since is skipped.
 */
@Component
class StrategyLookups {

	/** The records of one workspace by id, with public accessors for the templates. */
	record Lookups(Map<Long, TechniqueFacts> techniques, Map<Long, IssueFacts> issues, Map<Long, GoalFacts> goals,
			Map<Long, AgencyInfo> agencies, Map<Long, RecordLinks.Linked> inputs, Map<Long, AreaInfo> areas,
			Map<Long, LicenceCategoryFacts> categories) {

		public List<TechniqueFacts> techniquesOf(Collection<Long> ids) {
			return of(techniques, ids);
		}

		public List<IssueFacts> issuesOf(Collection<Long> ids) {
			return of(issues, ids);
		}

		public List<GoalFacts> goalsOf(Collection<Long> ids) {
			return of(goals, ids);
		}

		public List<RecordLinks.Linked> inputsOf(Collection<Long> ids) {
			return of(inputs, ids);
		}

		public List<AreaInfo> areasOf(Collection<Long> ids) {
			return of(areas, ids);
		}

		public AgencyInfo agency(Long id) {
			return id == null ? null : agencies.get(id);
		}

		public LicenceCategoryFacts category(Long id) {
			return id == null ? null : categories.get(id);
		}

		private static <T> List<T> of(Map<Long, T> records, Collection<Long> ids) {
			return ids == null ? List.of() : ids.stream().sorted().map(records::get).filter(Objects::nonNull).toList();
		}
	}

	private final VisionRecords vision;

	private final Agencies agencies;

	private final RecordLinks links;

	private final AdministrativeAreas areas;

	private final LicenceCategories categories;

	StrategyLookups(VisionRecords vision, Agencies agencies, RecordLinks links, AdministrativeAreas areas, LicenceCategories categories) {
		this.vision = vision;
		this.agencies = agencies;
		this.links = links;
		this.areas = areas;
		this.categories = categories;
	}

	@Transactional(readOnly = true)
	Lookups of(long workspaceId, Locale locale) {
		return new Lookups(byId(vision.techniques(workspaceId, locale), TechniqueFacts::id), byId(vision.issues(workspaceId), IssueFacts::id),
				byId(vision.goals(workspaceId), GoalFacts::id), byId(agencies.of(workspaceId), AgencyInfo::id),
				byId(links.all(workspaceId, ChosenInstrumentChecks.INPUT), RecordLinks.Linked::id), byId(areas.of(workspaceId), AreaInfo::id),
				byId(categories.of(workspaceId), LicenceCategoryFacts::id));
	}

	private static <T> Map<Long, T> byId(List<T> records, Function<T, Long> id) {
		return records.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}
}
