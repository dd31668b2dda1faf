package org.openasm.registry;

/**
 * Whether an operator's record needs a second look: FLAGGED when another operator in the same area has a
 * near-identical name (possibly the same person registered twice), CLEARED once an officer has looked.
 */
public enum OperatorReview {
	NONE, FLAGGED, CLEARED
}
