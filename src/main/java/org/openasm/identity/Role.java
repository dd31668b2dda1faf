package org.openasm.identity;

/**
 * Roles held within one workspace. {@code PUBLIC} is the visitor who is not signed in: it is never
 * granted, and exists so the role matrix can name it.
 */
public enum Role {

	ADMIN, SECRETARIAT, MEMBER, OFFICER, CLERK, STAKEHOLDER, PUBLIC;

	public boolean grantable() {
		return this != PUBLIC;
	}

	String authorityIn(long workspaceId) {
		return "WS:" + workspaceId + ":" + name();
	}
}
