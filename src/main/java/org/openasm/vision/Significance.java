package org.openasm.vision;

/** How much an issue weighs in the vision. */
public enum Significance {
	HIGH, MEDIUM, LOW
}
