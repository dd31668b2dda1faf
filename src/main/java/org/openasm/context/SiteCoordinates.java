package org.openasm.context;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Reads a longitude or latitude typed with a decimal dot or comma, to six decimals (about 10 cm). */
final class SiteCoordinates {

	private SiteCoordinates() {
	}

	/** The value if it is a decimal number within ±limit, rounded to six decimals. */
	static Optional<BigDecimal> read(String text, int limit) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip().replace('\u00a0', ' ').replace(" ", "");
		if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
			t = t.replace(',', '.');
		}
		if (!t.matches("[+-]?\\d{1,3}(\\.\\d+)?")) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(t).setScale(6, RoundingMode.HALF_UP);
		return value.abs().compareTo(BigDecimal.valueOf(limit)) > 0 ? Optional.empty() : Optional.of(value);
	}
}
