package org.openasm.workspace;

/**
 * An output is unavailable until a module produces it, a draft while its step is not ready, and
 * final once it is.
 */
public enum OutputStatus {
	NOT_AVAILABLE, DRAFT, FINAL
}
