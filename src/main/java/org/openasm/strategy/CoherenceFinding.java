package org.openasm.strategy;

import java.util.List;

/**
 * One thing the coherence check found in the consolidated strategy: which rule, how serious, a
 * sentence a minister would understand (a message key and its arguments, already written out as text)
 * and the page where the record to fix is. {@code typeId} names the sector type it is about, if any.
 */
record CoherenceFinding(String rule, Severity severity, String messageKey, List<String> args, String path, Long typeId) {

	/** A blocking finding stops the strategy from being finalised; a warning is shown but does not. */
	enum Severity {
		BLOCKING, WARNING
	}

	CoherenceFinding {
		args = List.copyOf(args);
	}

	static CoherenceFinding blocking(String rule, Long typeId, String path, String messageKey, Object... args) {
		return new CoherenceFinding(rule, Severity.BLOCKING, messageKey, texts(args), path, typeId);
	}

	static CoherenceFinding warning(String rule, Long typeId, String path, String messageKey, Object... args) {
		return new CoherenceFinding(rule, Severity.WARNING, messageKey, texts(args), path, typeId);
	}

	boolean blocking() {
		return severity == Severity.BLOCKING;
	}

	private static List<String> texts(Object... args) {
		return java.util.Arrays.stream(args).map(String::valueOf).toList();
	}
}
