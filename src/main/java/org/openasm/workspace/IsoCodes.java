package org.openasm.workspace;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Country and currency codes a workspace may use: ISO 3166-1 alpha-2 (plus the user-assigned codes
 * AA, QM–QZ, XA–XZ and ZZ, for fictional or special jurisdictions such as the demo) and ISO 4217.
 */
final class IsoCodes {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private IsoCodes() {
	}

	static boolean isCountry(String code) {
		String c = code.strip().toUpperCase(Locale.ROOT);
		if (c.length() != 2) {
			return false;
		}
		boolean userAssigned = c.equals("AA") || c.equals("ZZ") || (c.charAt(0) == 'X')
				|| (c.charAt(0) == 'Q' && c.charAt(1) >= 'M');
		return COUNTRIES.contains(c) || userAssigned;
	}

	static boolean isCurrency(String code) {
		return CURRENCIES.contains(code.strip().toUpperCase(Locale.ROOT));
	}
}
