package org.openasm.registry;

/** Where a licence stands. Only ACTIVE and SUSPENDED licences hold their ground against new applications. */
public enum LicenceStatus {
	ACTIVE, SUSPENDED, EXPIRED, REVOKED;

	/** Whether the licence still holds its area (a suspended licence does: the holder may be reinstated). */
	public boolean holdsGround() {
		return this == ACTIVE || this == SUSPENDED;
	}
}
