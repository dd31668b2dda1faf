package org.openasm.workspace;

/** A workspace was created; modules seed their reference data for it (and demo records if {@code demo}). */
public record WorkspaceCreated(long workspaceId, boolean demo) {
}
