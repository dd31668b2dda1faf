package org.openasm.stakeholders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the forum meets as often as it planned: every stretch between two meetings, and from the
 * last one to today, that runs past the planned interval. With monthly meetings, 10 January then
 * 10 February is on time; 10 January then 11 February is a gap.
 */
final class Regularity {

	/** A stretch without a meeting longer than planned; {@code to} is null while it is still open. */
	record Gap(LocalDate from, LocalDate to, LocalDate due) {

		public boolean open() {
			return to == null;
		}
	}

	private Regularity() {
	}

	/** Gaps that end on or after {@code since} (or are still open), oldest first. */
	static List<Gap> gaps(List<LocalDate> held, MeetingFrequency frequency, LocalDate since, LocalDate today) {
		List<Gap> gaps = new ArrayList<>();
		if (frequency == null || held.isEmpty()) {
			return gaps;
		}
		List<LocalDate> dates = held.stream().sorted().toList();
		for (int i = 1; i < dates.size(); i++) {
			LocalDate due = frequency.nextDueAfter(dates.get(i - 1));
			if (dates.get(i).isAfter(due) && !dates.get(i).isBefore(since)) {
				gaps.add(new Gap(dates.get(i - 1), dates.get(i), due));
			}
		}
		LocalDate last = dates.get(dates.size() - 1);
		LocalDate due = frequency.nextDueAfter(last);
		if (today.isAfter(due)) {
			gaps.add(new Gap(last, null, due));
		}
		return gaps;
	}
}
