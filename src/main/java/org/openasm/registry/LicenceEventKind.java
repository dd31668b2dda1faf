package org.openasm.registry;

/** What happened to a licence, as its history lists it. */
public enum LicenceEventKind {
	GRANTED, IMPORTED, RENEWED, SUSPENDED, REINSTATED, REVOKED, TRANSFERRED, EXPIRED
}
