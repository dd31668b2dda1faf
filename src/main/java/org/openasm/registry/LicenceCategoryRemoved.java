package org.openasm.registry;

/** A licence category was removed; records that named it (a type's strategy) let go of it in the same transaction. */
public record LicenceCategoryRemoved(long workspaceId, long categoryId) {
}
