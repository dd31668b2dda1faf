package org.openasm.shared;

/** A record that belongs to one workspace; history and access checks use this to keep workspaces apart. */
public interface WorkspaceRecord {

	Long getWorkspaceId();
}
