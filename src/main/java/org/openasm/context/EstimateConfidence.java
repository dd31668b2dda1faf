package org.openasm.context;

/** How far a sector estimate can be trusted, as whoever entered it judges its source. */
public enum EstimateConfidence {
	LOW, MEDIUM, HIGH
}
