package org.openasm.documents;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;

/** What every page repeats, already localised: both writers print exactly these strings. */
record RunningText(String jurisdiction, String title, String date, String version, String draft, String pageWord,
		String ofWord) {

	static RunningText from(OutputDocument doc, MessageSource messages) {
		Locale locale = doc.locale();
		String date = doc.date() == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(doc.date());
		String version = doc.version().isEmpty() ? ""
				: messages.getMessage("documents.version", new Object[] { doc.version() }, locale);
		String draft = doc.draft() ? messages.getMessage("documents.draft", null, locale) : "";
		return new RunningText(doc.jurisdiction(), doc.title(), date, version, draft,
				messages.getMessage("documents.page", null, locale), messages.getMessage("documents.of", null, locale));
	}

	/** "12 March 2026 · Version 1.2", leaving out whichever part is missing. */
	String dateAndVersion() {
		return Stream.of(date, version).filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
	}

	boolean isDraft() {
		return !draft.isEmpty();
	}
}
