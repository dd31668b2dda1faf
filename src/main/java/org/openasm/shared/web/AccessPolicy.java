package org.openasm.shared.web;

/**
 * Who may do what in a workspace. Implemented by the identity module as the bean {@code access}, which
 * the {@link Access} annotations call; modules use it to filter what they list.
 */
public interface AccessPolicy {

	/** The workspace's own people: every role but outside stakeholders. */
	String[] STAFF = { "ADMIN", "SECRETARIAT", "MEMBER", "OFFICER", "CLERK" };

	/** The caller holds any role in the workspace (or is the system administrator). */
	boolean anyRole(Long workspaceId);

	/** The caller holds one of these roles in the workspace (or is the system administrator). */
	boolean hasRole(Long workspaceId, String... roles);

	boolean isSystemAdmin();

	/** The caller is one of the workspace's own people (or the system administrator), not only a stakeholder. */
	default boolean isStaff(Long workspaceId) {
		return hasRole(workspaceId, STAFF);
	}

	/** The caller is signed in, whatever their roles. */
	boolean isSignedIn();

	/** The signed-in caller's user name, if anyone is signed in. */
	java.util.Optional<String> currentUsername();

	/** Whether the account with this user name exists, is enabled and holds this role in the workspace. */
	boolean holds(long workspaceId, String username, String role);
}
