package org.openasm.stakeholders;

import java.time.LocalDate;

/** How often the forum's terms of reference say it meets. */
enum MeetingFrequency {

	MONTHLY(1), EVERY_TWO_MONTHS(2), QUARTERLY(3), TWICE_A_YEAR(6), YEARLY(12);

	private final int months;

	MeetingFrequency(int months) {
		this.months = months;
	}

	int months() {
		return months;
	}

	/** The latest date the next meeting may fall on and still keep the planned rhythm. */
	LocalDate nextDueAfter(LocalDate previous) {
		return previous.plusMonths(months);
	}
}
