package org.openasm.registry;

/** Whether an individual is a citizen, a resident foreigner or a foreigner: what licence eligibility turns on. */
public enum Citizenship {
	CITIZEN, RESIDENT, FOREIGN
}
