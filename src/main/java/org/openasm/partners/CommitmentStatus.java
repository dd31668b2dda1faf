package org.openasm.partners;

/** How firm a partner's money is: promised, formally committed, or paid out. */
public enum CommitmentStatus {
	PLEDGED, COMMITTED, DISBURSED
}
