package org.openasm.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a handler, as roles within the workspace named by its {@code {workspaceId}} path
 * variable. {@link AccessInterceptor} enforces them before the request body is read or validated, so
 * a caller without the role gets 403, never a validation message. A handler without one of these
 * annotations is refused to everyone, the system administrator included: access is declared, not
 * assumed. Otherwise the system administrator passes everywhere.
 */
public final class Access {

	private Access() {
	}

	/**
	 * The workspace's own people: anyone holding a role in it except outside stakeholders, who see only
	 * the forum portal ({@link Stakeholder}).
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface WorkspaceMember {
	}

	/** Anyone holding any role in the workspace, stakeholders included (the dashboard, which sends them on). */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface AnyRole {
	}

	/**
	 * The forum portal: stakeholder users, and the administrators and secretariat who run the forum and
	 * may see what stakeholders see.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface Stakeholder {
	}

	/** Government staff of the workspace: everyone but clerks and outside stakeholders. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface Government {
	}

	/** The people who run the process: workspace administrators and the task-force secretariat. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface Secretariat {
	}

	/**
	 * The people who run the licence-holder registry (the cadastre office): licensing officers, with the
	 * workspace administrators and the secretariat.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface Cadastre {
	}

	/** Administrators of the workspace. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface WorkspaceAdmin {
	}

	/** The system administrator only (users, new workspaces). */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface SystemAdmin {
	}

	/** Open to everyone, signed in or not (the transparency pages). */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface Public {
	}

	/** Any signed-in user, whatever their roles. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface SignedIn {
	}
}
