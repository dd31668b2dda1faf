package org.openasm.context;

/** What observers reported seeing at a mine site. */
public enum SiteImpact {
	MERCURY_USE, DEFORESTATION, WATER_POLLUTION, CHILD_LABOUR, CONFLICT_OR_ARMED_PRESENCE, ACCIDENTS, OTHER
}
