package org.openasm.context;

/** How far a mine site's work is done by machines. */
public enum SiteMechanisation {
	MANUAL, SEMI_MECHANISED, MECHANISED
}
