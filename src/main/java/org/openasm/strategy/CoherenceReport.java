package org.openasm.strategy;

import java.util.List;

/** What the coherence check found, blocking findings first, each group in the order of the rules. */
record CoherenceReport(List<CoherenceFinding> findings) {

	CoherenceReport {
		findings = findings.stream()
			.sorted(java.util.Comparator.comparing(CoherenceFinding::severity))
			.toList();
	}

	List<CoherenceFinding> blocking() {
		return findings.stream().filter(CoherenceFinding::blocking).toList();
	}

	List<CoherenceFinding> warnings() {
		return findings.stream().filter(f -> !f.blocking()).toList();
	}

	long blockingCount() {
		return findings.stream().filter(CoherenceFinding::blocking).count();
	}

	long warningCount() {
		return findings.size() - blockingCount();
	}

	/** Nothing blocks finalising. */
	boolean clean() {
		return blockingCount() == 0;
	}

	/** The findings about one type. */
	List<CoherenceFinding> about(long typeId) {
		return findings.stream().filter(f -> f.typeId() != null && f.typeId() == typeId).toList();
	}
}
