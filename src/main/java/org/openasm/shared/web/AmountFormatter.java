package org.openasm.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Amounts typed into forms the way people write them in their language: {@code 1,000,000.50} in
 * English, {@code 1 000 000,50} in French (any kind of space), and a plain {@code 1000000.50} in
 * either. Exponents and trailing text are refused, so "1e3" is not a thousand.
 */
public class AmountFormatter implements Formatter<BigDecimal> {

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String compact = text.replaceAll("[\\s\\u00A0\\u202F']", "");
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		if (symbols.getDecimalSeparator() == ',' && compact.indexOf('.') >= 0 && compact.indexOf(',') < 0
				&& compact.indexOf('.') == compact.lastIndexOf('.')) {
			// One dot and no comma in a comma-decimal language: the dot is the decimal point.
			compact = compact.replace('.', ',');
		}
		DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
		format.setParseBigDecimal(true);
		ParsePosition position = new ParsePosition(0);
		Number number = format.parse(compact, position);
		if (number == null || position.getIndex() != compact.length() || compact.isEmpty()) {
			throw new ParseException(text, position.getErrorIndex() < 0 ? position.getIndex() : position.getErrorIndex());
		}
		return (BigDecimal) number;
	}

	@Override
	public String print(BigDecimal amount, Locale locale) {
		return amount.stripTrailingZeros().toPlainString();
	}
}
