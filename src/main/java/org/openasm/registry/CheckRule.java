package org.openasm.registry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** One check of an application (see {@link CheckResult} for the codes): a small function of {@link CheckInput}. */
interface CheckRule {

	CheckResult check(CheckInput in);

	/** How many names a failed check lists before it says how many more there are. */
	int NAMES_SHOWN = 5;

	/** The labels of the hits, sorted, the first few joined with commas; {@code …} when more. */
	static String names(List<String> labels) {
		List<String> sorted = labels.stream().sorted().toList();
		String shown = sorted.stream().limit(NAMES_SHOWN).collect(Collectors.joining(", "));
		return sorted.size() > NAMES_SHOWN ? shown + ", …" : shown;
	}

	/** A time as the checks show it, in UTC to the minute: 2026-11-27 14:05 UTC. */
	static String time(Instant at) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(at);
	}

	/** The result for a spatial check that could not be made because the area is not a valid polygon. */
	static CheckResult notMade(String rule) {
		return CheckResult.failed(rule, "registry.check.notMade");
	}
}
