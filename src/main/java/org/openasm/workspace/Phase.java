package org.openasm.workspace;

/** The guidance's three phases. Titles, purposes and activities are in the workspace message bundle. */
public enum Phase {

	GETTING_STARTED(1), DEVELOPING_STRATEGY(2), IMPLEMENTING(3);

	private final int number;

	Phase(int number) {
		this.number = number;
	}

	public int number() {
		return number;
	}

	public String messageKey() {
		return "phase." + number;
	}
}
