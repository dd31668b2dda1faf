package org.openasm.partners;

/** How far the government has got with a partner, from first identified to a signed agreement. */
public enum EngagementStatus {
	IDENTIFIED, CONTACTED, ENGAGED, AGREEMENT_SIGNED;

	/** Engaged or further: a partner the strategy can count on. */
	boolean engaged() {
		return this == ENGAGED || this == AGREEMENT_SIGNED;
	}
}
