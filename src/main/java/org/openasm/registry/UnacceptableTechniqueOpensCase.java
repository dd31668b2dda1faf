package org.openasm.registry;

import java.util.List;
import org.openasm.vision.TechniqueGrade;

/**
 * Whether an inspection opens an enforcement case: it does when it observed at least one technique
 * graded unacceptable at the time of the visit, unless the licence or site already has an open case
 * (the new inspection's findings then add to that case instead of opening a second one).
 */
final class UnacceptableTechniqueOpensCase {

	/** A finding as the rule reads it: the grade of the day and whether it was seen. */
	record Seen(TechniqueGrade grade, boolean observed) {
	}

	private UnacceptableTechniqueOpensCase() {
	}

	static boolean unacceptableObserved(List<Seen> findings) {
		return findings.stream().anyMatch(f -> f.observed() && f.grade() == TechniqueGrade.UNACCEPTABLE);
	}

	static boolean opensCase(List<Seen> findings, boolean caseAlreadyOpen) {
		return unacceptableObserved(findings) && !caseAlreadyOpen;
	}
}
