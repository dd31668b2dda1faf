package org.openasm.strategy;

/** The guidance's approach to impacts: license and regulate against poor practice, promote good practice, or both. */
enum ImpactsApproach {
	REGULATE, PROMOTE, BOTH
}
