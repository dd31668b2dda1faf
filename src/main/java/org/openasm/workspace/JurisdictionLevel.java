package org.openasm.workspace;

/** The guidance applies to national, sub-national and local governments alike. */
public enum JurisdictionLevel {
	NATIONAL, SUBNATIONAL, LOCAL
}
