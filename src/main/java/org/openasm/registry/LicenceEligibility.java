package org.openasm.registry;

/** Who may hold a licence of a category: citizens only, citizens and residents, groups and cooperatives, or anyone. */
public enum LicenceEligibility {
	CITIZENS, CITIZENS_AND_RESIDENTS, GROUPS_AND_COOPERATIVES, ANYONE
}
