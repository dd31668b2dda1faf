package org.openasm.stakeholders;

/** {@code part} of {@code whole}, as the forum's measures report it. */
record Share(int part, int whole) {

	/** Whole-number percentage, rounded half up; 0 of 0 is 0. */
	public int percent() {
		return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
	}

	/** At least {@code target} percent, compared exactly (3 of 10 meets 30%, 2 of 7 does not). */
	public boolean atLeast(int target) {
		return whole > 0 && part * 100L >= (long) target * whole;
	}
}
