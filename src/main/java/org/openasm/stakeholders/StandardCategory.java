package org.openasm.stakeholders;

import java.util.Set;

/**
 * The stakeholder categories the guidance names; a workspace adds its own beside them. Miners,
 * mining communities and women's groups are the voices a forum must not be without.
 */
enum StandardCategory {

	MINERS_ASSOCIATIONS, INDIVIDUAL_MINERS, MINING_COMMUNITIES, TRADITIONAL_AUTHORITIES, WOMENS_GROUPS, YOUTH_GROUPS,
	TRADERS_BUYERS, PROCESSORS, CIVIL_SOCIETY, LARGE_SCALE_MINING, DOWNSTREAM_COMPANIES, ACADEMIA, LOCAL_GOVERNMENT, OTHER;

	/** The three voices whose absence is a problem, each met by any of its categories. */
	enum EssentialVoice {

		MINERS(Set.of(MINERS_ASSOCIATIONS, INDIVIDUAL_MINERS)), COMMUNITIES(Set.of(MINING_COMMUNITIES)), WOMEN(Set.of(WOMENS_GROUPS));

		private final Set<StandardCategory> categories;

		EssentialVoice(Set<StandardCategory> categories) {
			this.categories = categories;
		}

		boolean heardThrough(StandardCategory category) {
			return category != null && categories.contains(category);
		}
	}
}
