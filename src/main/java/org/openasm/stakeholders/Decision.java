package org.openasm.stakeholders;

/** What the task force decided about an input. */
enum Decision {

	ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED;

	/** Accepted in whole or in part: the input changed something. */
	boolean changesSomething() {
		return this != NOT_ACCEPTED;
	}
}
