package org.openasm.shared.web;

/**
 * Who may do what in a workspace. Implemented by the identity module as the bean {@code access}, which
 * the {@link Access} annotations call; modules use it to filter what they list.
 */
public interface AccessPolicy {

	/** The caller holds any role in the workspace (or is the system administrator). */
	boolean anyRole(Long workspaceId);

	/** The caller holds one of these roles in the workspace (or is the system administrator). */
	boolean hasRole(Long workspaceId, String... roles);

	boolean isSystemAdmin();

	/** The caller is signed in, whatever their roles. */
	boolean isSignedIn();
}
