package org.openasm.registry;

/** An individual miner's gender as recorded at registration, for the disaggregation step 3.3 asks of indicators. */
public enum Gender {
	FEMALE, MALE, OTHER
}
