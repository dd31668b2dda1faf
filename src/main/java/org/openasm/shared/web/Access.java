package org.openasm.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call a handler, as roles within the workspace named by its {@code workspaceId} parameter.
 * The rules are evaluated by the identity module's {@code access} bean; the system administrator
 * passes everywhere.
 */
public final class Access {

	private Access() {
	}

	/** Anyone holding any role in the workspace. */
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@PreAuthorize("@access.anyRole(#workspaceId)")
	public @interface WorkspaceMember {
	}

	/** The people who run the process: workspace administrators and the task-force secretariat. */
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@PreAuthorize("@access.hasRole(#workspaceId, 'ADMIN', 'SECRETARIAT')")
	public @interface Secretariat {
	}

	/** Government staff of the workspace: everyone but clerks and outside stakeholders. */
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@PreAuthorize("@access.hasRole(#workspaceId, 'ADMIN', 'SECRETARIAT', 'MEMBER', 'OFFICER')")
	public @interface Government {
	}

	/** Administrators of the workspace. */
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@PreAuthorize("@access.hasRole(#workspaceId, 'ADMIN')")
	public @interface WorkspaceAdmin {
	}

	/** The system administrator only (users, new workspaces). */
	@Target({ ElementType.METHOD, ElementType.TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public @interface SystemAdmin {
	}
}
