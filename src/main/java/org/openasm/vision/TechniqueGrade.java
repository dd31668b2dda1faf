package org.openasm.vision;

/** The government's judgement of a technique: to be ended, to be improved, or to be encouraged. */
public enum TechniqueGrade {
	UNACCEPTABLE, POOR, GOOD
}
