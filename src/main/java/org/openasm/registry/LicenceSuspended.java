package org.openasm.registry;

/** A licence was suspended (it still holds its ground; the holder may not mine until it is reinstated). */
public record LicenceSuspended(long workspaceId, long licenceId, String reason) {
}
