package org.openasm.context;

import java.util.Set;

/**
 * What the rest of the context analysis (sector figures, readiness, the output) may read of a mine
 * site: enum values as their names ({@link SiteDepositType}, {@link SiteMechanisation},
 * {@link SiteScale}, {@link SiteLegalStatus}, {@link SiteImpact}); {@code areaId} is the deepest
 * administrative area holding the point, or null when the workspace has no boundaries.
 */
public record SiteFacts(long id, String name, Commodity commodity, Long areaId, String depositType, String mechanisation,
		String scale, String legalStatus, int women, int men, boolean minors, Set<String> impacts) {
}
