package org.openasm.registry;

/** A licence passed from one holder to another, eligible for its category. */
public record LicenceTransferred(long workspaceId, long licenceId, long fromHolderId, long toHolderId) {
}
