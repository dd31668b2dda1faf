package org.openasm.registry;

/** A suspended licence is active again. */
public record LicenceReinstated(long workspaceId, long licenceId) {
}
