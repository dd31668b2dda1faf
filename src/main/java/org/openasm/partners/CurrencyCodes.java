package org.openasm.partners;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ISO 4217 currency codes, checked the way the workspace form checks its currency (the JDK's list),
 * since a commitment may be in any currency, not only the workspace's.
 */
final class CurrencyCodes {

	private static final Set<String> CODES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private CurrencyCodes() {
	}

	static String normalise(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	static boolean isCurrency(String code) {
		return code != null && CODES.contains(normalise(code));
	}
}
