package org.openasm.shared;

import java.time.Instant;

/** An edit was made on a copy of a record that someone has changed since. */
public class StaleEditException extends RuntimeException {

	private final String changedBy;

	private final Instant changedAt;

	public StaleEditException(String changedBy, Instant changedAt) {
		super("Changed by " + changedBy + " at " + changedAt);
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}
}
