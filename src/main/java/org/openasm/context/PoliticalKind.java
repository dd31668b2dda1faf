package org.openasm.context;

/** Where a political-economy actor's power comes from. */
public enum PoliticalKind {
	POLITICAL, ECONOMIC, TRADITIONAL, SECURITY, ILLEGAL_OR_ARMED
}
