package org.openasm.workspace;

/**
 * One readiness check of a step: whether it is met, what it asks in plain words (a message key and
 * its arguments, phrased as what is missing) and the page where a user fixes it.
 */
public record ReadinessItem(boolean met, String messageKey, Object[] args, String fixPath) {

	public static ReadinessItem check(boolean met, String messageKey, String fixPath, Object... args) {
		return new ReadinessItem(met, messageKey, args, fixPath);
	}
}
