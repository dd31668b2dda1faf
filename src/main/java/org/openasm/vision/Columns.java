package org.openasm.vision;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets kept in one comma-separated column, so the history shows them like any other field. */
final class Columns {

	private Columns() {
	}

	static <E extends Enum<E>> String enums(Collection<E> values) {
		return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		if (column != null) {
			Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(s -> Enum.valueOf(type, s.strip())).forEach(set::add);
		}
		return set;
	}

	static String ids(Collection<Long> ids) {
		return ids == null ? "" : ids.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
	}

	static Set<Long> ids(String column) {
		Set<Long> set = new LinkedHashSet<>();
		if (column != null) {
			Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(s -> Long.valueOf(s.strip())).forEach(set::add);
		}
		return set;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
