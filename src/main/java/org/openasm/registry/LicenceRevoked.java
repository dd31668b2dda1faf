package org.openasm.registry;

/** A licence was revoked: it no longer holds its ground and cannot be renewed. */
public record LicenceRevoked(long workspaceId, long licenceId, String reason) {
}
