package org.openasm.strategy;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A finding as pages and the API show it: its rule, whether it blocks, its sentence in the reader's
 * language, where to fix it. Serializable, as a refused finalisation carries its findings in the flash.
 */
record FindingView(String rule, String severity, boolean blocking, String message, String path, Long typeId) implements java.io.Serializable {

	static FindingView of(CoherenceFinding f, MessageSource messages, Locale locale) {
		return new FindingView(f.rule(), f.severity().name(), f.blocking(), messages.getMessage(f.messageKey(), f.args().toArray(), locale),
				f.path(), f.typeId());
	}

	static List<FindingView> of(List<CoherenceFinding> findings, MessageSource messages, Locale locale) {
		return findings.stream().map(f -> of(f, messages, locale)).toList();
	}

	/** A finding as a version froze it. */
	static FindingView of(StrategySnapshot.Finding f) {
		return new FindingView(f.rule(), f.severity(), "BLOCKING".equals(f.severity()), f.text(), f.path(), f.typeId());
	}
}
