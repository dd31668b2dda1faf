package org.openasm.workspace;

import java.util.List;

/**
 * Implemented by a module that has something on the dashboard that needs doing soon (licences about to
 * expire, corrective actions overdue): a few lines, each a count and a link to the list that explains it.
 * Read on every dashboard view, so an implementation answers from counts, not by loading records.
 */
public interface DashboardNotices {

	/** The notices for the workspace, empty when nothing needs attention. */
	List<Notice> notices(long workspaceId);

	/** One line: a message key with its arguments, phrased as what needs doing, and the page that lists it. */
	record Notice(String messageKey, Object[] args, String path) {

		public static Notice of(String messageKey, String path, Object... args) {
			return new Notice(messageKey, args, path);
		}
	}
}
