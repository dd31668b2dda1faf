package org.openasm.context;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the readiness rules of step 1.3 look at, detached from persistence so each can be checked by
 * hand: recorded sites per commodity, the commodities with an estimate of miners, the task-force
 * agencies not yet assessed, the commodities with supply-chain flows, and the political-economy actors.
 */
record ContextState(long workspaceId, Map<Commodity, Integer> sitesByCommodity, Set<Commodity> minersEstimated,
		int agencies, List<String> unassessedAgencies, Set<Commodity> commoditiesWithFlows, int politicalActors) {

	/** A commodity is a main one when it has at least this share (%) of the recorded sites. */
	static final int MAIN_SHARE = 10;

	public int sites() {
		return sitesByCommodity.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Commodities with at least {@value #MAIN_SHARE}% of the recorded sites (3 of 30 is main, 2 of 30 is not). */
	Set<Commodity> mainCommodities() {
		int all = sites();
		return sitesByCommodity.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0 && e.getValue() * 100L >= (long) MAIN_SHARE * all)
			.map(Map.Entry::getKey)
			.collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Commodity.class)));
	}

	String path(String page) {
		return "/workspaces/" + workspaceId + "/context" + page;
	}
}
