package org.openasm.taskforce;

/** The ministries the guidance names for the task force (1.1), and everything else. */
public enum AgencyKind {
	MINING, LAND, FINANCE, ENVIRONMENT, PLANNING, WATER, LABOUR, OTHER
}
