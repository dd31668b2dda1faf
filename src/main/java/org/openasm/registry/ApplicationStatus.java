package org.openasm.registry;

/** Where a licence application stands. Submitted and under-review applications are pending: they hold ground against later ones. */
public enum ApplicationStatus {
	SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN;

	/** Waiting for a decision. */
	public boolean pending() {
		return this == SUBMITTED || this == UNDER_REVIEW;
	}
}
