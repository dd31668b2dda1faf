package org.openasm.strategy;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Sets kept in one comma-separated column, so the history shows them like any other field. */
final class Columns {

	private Columns() {
	}

	static <E extends Enum<E>> String enums(Collection<E> values) {
		return values == null ? "" : values.stream().filter(Objects::nonNull).sorted().distinct().map(Enum::name).collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		if (column != null) {
			Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(s -> Enum.valueOf(type, s.strip())).forEach(set::add);
		}
		return set;
	}

	static String ids(Collection<Long> ids) {
		return ids == null ? "" : ids.stream().filter(Objects::nonNull).sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** The ids of a column, in ascending order. */
	static Set<Long> ids(String column) {
		Set<Long> set = new TreeSet<>();
		if (column != null) {
			Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(s -> Long.valueOf(s.strip())).forEach(set::add);
		}
		return set;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
