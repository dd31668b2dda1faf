package org.openasm.registry;

/** Where an enforcement case stands. */
public enum EnforcementStatus {
	OPEN, CLOSED
}
