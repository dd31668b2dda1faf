package org.openasm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountFormatterTests {

	final AmountFormatter amounts = new AmountFormatter();

	@Test
	void anEnglishReaderWritesThousandsWithCommasAndDecimalsWithAPoint() throws ParseException {
		assertThat(amounts.parse("1,000,000.50", Locale.ENGLISH)).isEqualByComparingTo("1000000.50");
		assertThat(amounts.parse("250000", Locale.ENGLISH)).isEqualByComparingTo("250000");
	}

	@Test
	void aFrenchReaderWritesThousandsWithAnyKindOfSpaceAndDecimalsWithAComma() throws ParseException {
		assertThat(amounts.parse("1 000 000,50", Locale.FRENCH)).isEqualByComparingTo("1000000.50");
		assertThat(amounts.parse("1\u202F000\u00A0000,5", Locale.FRENCH)).isEqualByComparingTo("1000000.5");
		assertThat(amounts.parse("2500.75", Locale.FRENCH)).isEqualByComparingTo("2500.75");
	}

	@Test
	void exponentsLettersAndTrailingTextAreNotAmounts() {
		for (String bad : new String[] { "1e3", "abc", "12abc", "", "1.2.3" }) {
			assertThatThrownBy(() -> amounts.parse(bad, Locale.ENGLISH)).as(bad).isInstanceOf(ParseException.class);
		}
	}

	@Test
	void anAmountIsShownPlainSoItParsesBackInAnyLanguage() throws ParseException {
		String shown = amounts.print(new BigDecimal("250000.00"), Locale.FRENCH);
		assertThat(shown).isEqualTo("250000");
		assertThat(amounts.parse(shown, Locale.FRENCH)).isEqualByComparingTo("250000");
	}
}
