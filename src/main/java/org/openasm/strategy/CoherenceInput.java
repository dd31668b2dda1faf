package org.openasm.strategy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.context.Commodity;
import org.openasm.geo.AreaInfo;
import org.openasm.vision.GoalFacts;
import org.openasm.vision.TechniqueGrade;

/**
 * Everything the coherence rules read, detached from persistence so each rule can be checked by hand:
 * the live strategy ({@link Drafted}: the types with their strategies, the instruments, the licence
 * categories; ranked types are those of step 2.2's recorded ranking), the techniques with their grades, the goals of the
 * vision, the agencies and those that sit on the task force, the commodities whose supply chain
 * crosses a border, the border distance and how many sites of each type lie within it, and the
 * administrative areas (to tell nested land allocations), and the commodities' names in the reader's
 * language.
 */
record CoherenceInput(Drafted draft, Map<Long, Technique> techniques, List<GoalFacts> goals,
		Map<Long, String> agencies, Set<Long> represented, Set<Commodity> crossBorderCommodities, int borderKm,
		Map<Long, Integer> borderSitesByType, Map<Long, AreaInfo> areas, Map<Commodity, String> commodityNames) {

	/** A technique of the vision with its grade (null while ungraded). */
	record Technique(long id, String name, TechniqueGrade grade) {
	}

	CoherenceInput {
		techniques = Map.copyOf(techniques);
		goals = List.copyOf(goals);
		agencies = Map.copyOf(agencies);
		represented = Set.copyOf(represented);
		crossBorderCommodities = Set.copyOf(crossBorderCommodities);
		borderSitesByType = Map.copyOf(borderSitesByType);
		areas = Map.copyOf(areas);
		commodityNames = Map.copyOf(commodityNames);
	}

	String path(String page) {
		return "/workspaces/" + draft.workspaceId() + page;
	}

	/** The strategy page of a type. */
	String typePage(long typeId) {
		return path("/strategy/types/" + typeId);
	}

	/** The form of an instrument chosen for a type. */
	String chosenPage(long typeId, long chosenId) {
		return typePage(typeId) + "/instruments/" + chosenId;
	}

	String techniqueName(long id) {
		Technique t = techniques.get(id);
		return t == null ? "#" + id : t.name();
	}

	String areaName(long id) {
		AreaInfo a = areas.get(id);
		return a == null ? "#" + id : a.name();
	}
}
