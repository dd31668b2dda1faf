package org.openasm.partners;

import java.util.List;
import java.util.Set;

/**
 * What the readiness rules of step 1.4 look at, detached from persistence so they can be checked by
 * hand and tested without a database.
 */
record PartnersState(long workspaceId, List<Engagement> partners) {

	/** One partner: its id, name, how far it is engaged and where it helps. */
	record Engagement(long id, String name, EngagementStatus status, Set<HelpArea> areas) {
	}

	static PartnersState of(long workspaceId, List<Partner> partners) {
		return new PartnersState(workspaceId, partners.stream()
			.map(p -> new Engagement(p.getId(), p.getName(), p.getEngagementStatus(), p.getHelpAreaSet()))
			.toList());
	}

	String path(String page) {
		return "/workspaces/" + workspaceId + "/partners" + page;
	}
}
