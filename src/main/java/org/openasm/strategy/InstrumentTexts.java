package org.openasm.strategy;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An instrument's name and description as the reader reads them: a catalogue entry's from the bundles, one the government added as typed. */
@Component
class InstrumentTexts {

	private final MessageSource messages;

	InstrumentTexts(MessageSource messages) {
		this.messages = messages;
	}

	String name(Instrument i, Locale locale) {
		return i.isCatalogued() ? messages.getMessage(InstrumentCatalogue.nameKey(i.getCode()), null, i.getCode(), locale) : i.getName();
	}

	String description(Instrument i, Locale locale) {
		return i.isCatalogued() ? messages.getMessage(InstrumentCatalogue.descriptionKey(i.getCode()), null, null, locale)
				: i.getDescription();
	}

	Drafted.InstrumentFacts facts(Instrument i, Locale locale) {
		return new Drafted.InstrumentFacts(i.getId(), i.getCode(), name(i, locale), description(i, locale), i.getMode(), i.getStageSet(),
				i.getIssueSet(), i.isTransboundary());
	}
}
