package org.openasm.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Two snapshots of the strategy side by side (two versions, or a version and the draft): the vision,
 * goals and licence categories, then per type each line of its strategy on the left and on the right,
 * the lines that differ marked. Types are in the right side's order, then those only on the left.
 */
record VersionComparison(String left, String right, List<Row> overall, List<TypeRows> types) {

	/** A line on both sides; a side where the line does not exist is null. */
	record Row(String label, String left, String right) {

		public boolean isChanged() {
			return left == null ? right != null : !left.equals(right);
		}
	}

	/** A type's lines on both sides; {@code changed} when any differs. */
	record TypeRows(String name, List<Row> rows) {

		public boolean isChanged() {
			return rows.stream().anyMatch(Row::isChanged);
		}
	}

	static VersionComparison of(String leftLabel, StrategySnapshot left, String rightLabel, StrategySnapshot right, SnapshotText text,
			Locale locale) {
		List<Row> overall = rows(SnapshotText.asMap(text.overall(left, locale)), SnapshotText.asMap(text.overall(right, locale)));
		Set<Long> ids = new LinkedHashSet<>();
		right.types().forEach(t -> ids.add(t.typeId()));
		left.types().forEach(t -> ids.add(t.typeId()));
		List<TypeRows> types = new ArrayList<>();
		for (long id : ids) {
			var l = left.type(id);
			var r = right.type(id);
			String name = r.map(StrategySnapshot.TypeEntry::name).orElseGet(() -> l.orElseThrow().name());
			types.add(new TypeRows(name, rows(l.map(t -> SnapshotText.asMap(text.plan(t, locale))).orElse(Map.of()),
					r.map(t -> SnapshotText.asMap(text.plan(t, locale))).orElse(Map.of()))));
		}
		return new VersionComparison(leftLabel, rightLabel, overall, types);
	}

	private static List<Row> rows(Map<String, String> left, Map<String, String> right) {
		Map<String, Row> rows = new LinkedHashMap<>();
		right.forEach((label, value) -> rows.put(label, new Row(label, left.get(label), value)));
		left.forEach((label, value) -> rows.putIfAbsent(label, new Row(label, value, null)));
		return List.copyOf(rows.values());
	}

	public boolean isChanged() {
		return overall.stream().anyMatch(Row::isChanged) || types.stream().anyMatch(TypeRows::isChanged);
	}
}
