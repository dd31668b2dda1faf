package org.openasm.documents;

import java.util.List;
import java.util.regex.Pattern;

/** Garbage in, clean text out: nulls become empty and characters XML and PDF fonts cannot carry are dropped. */
final class CleanText {

	// Control characters (except the newline handled separately), lone surrogates and XML non-characters.
	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFE\\uFFFF&&[^\\n\\t]]");

	private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");

	private CleanText() {
	}

	/** Single-line text: line breaks and tabs become spaces. */
	static String line(String text) {
		return multiline(text).replace('\n', ' ').strip();
	}

	/** Text whose line breaks are kept as {@code \n}. */
	static String multiline(String text) {
		if (text == null) {
			return "";
		}
		String unified = LINE_BREAKS.matcher(text).replaceAll("\n").replace('\t', ' ');
		return UNPRINTABLE.matcher(unified).replaceAll("").strip();
	}

	/** Each item cleaned as one line; a null list is empty, null items are empty strings. */
	static List<String> lines(List<String> items) {
		return items == null ? List.of() : items.stream().map(CleanText::line).toList();
	}
}
