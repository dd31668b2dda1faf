package org.openasm.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** Documents as the taskforce module would build them, and the module's own message bundle. */
final class DocumentFixtures {

	static final String IGBO_NAME = "Ǹgọ́zí Ọkàfọ̀";

	static final String POLISH_NAME = "Łukasz Wiśniewski";

	static final String GREEK_NAME = "Θεοδώρα Παπαδοπούλου";

	static final String RUSSIAN_NAME = "Дмитрий Иванов";

	static final String MINISTRY = "Ministère de l'Économie";

	static final String JURISDICTION = "République de Côte d'Ivoire";

	static final LocalDate MARCH_12 = LocalDate.of(2026, 3, 12);

	private DocumentFixtures() {
	}

	static MessageSource documentMessages() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:i18n/documents/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static DocumentRenderer renderer() {
		return new DocumentRenderer(documentMessages());
	}

	static OutputDocument.Builder anAsmTaskForce(Locale locale) {
		return OutputDocument.builder("ASM Task Force")
			.jurisdiction(JURISDICTION)
			.subtitle("Mandate, membership and working arrangements")
			.date(MARCH_12)
			.version("1.2")
			.locale(locale)
			.heading(1, "Mandate")
			.paragraph("The Task Force coordinates the national ASM strategy.\nIt reports to the " + MINISTRY + ".")
			.keyValues(List.of(Map.entry("Chair", IGBO_NAME), Map.entry("Lead institution", MINISTRY),
					Map.entry("Meeting frequency", "Quarterly")))
			.heading(1, "Members")
			.table(List.of("Name", "Institution", "Role"),
					List.of(List.of(IGBO_NAME, MINISTRY, "Chair"), List.of(POLISH_NAME, "Mining Cadastre", "Secretary"),
							List.of(GREEK_NAME, "Environment Agency", "Member"),
							List.of(RUSSIAN_NAME, "Artisanal miners' cooperative", "Member")))
			.heading(2, "Working principles")
			.bullets(List.of("Decisions by consensus", "Minutes published within two weeks"));
	}

	/** Long enough to run over several pages, so page furniture can be checked on each. */
	static OutputDocument aLongContextAnalysis(Locale locale, boolean draft) {
		OutputDocument.Builder doc = OutputDocument.builder("Context Analysis")
			.jurisdiction(JURISDICTION)
			.date(MARCH_12)
			.version("0.9")
			.draft(draft)
			.locale(locale);
		for (int section = 1; section <= 6; section++) {
			doc.heading(1, "Section " + section).paragraph("Findings of the field survey. ".repeat(40));
			List<List<String>> sites = new ArrayList<>();
			for (int site = 1; site <= 12; site++) {
				sites.add(List.of("Site " + section + "." + site, "Gold, alluvial", IGBO_NAME));
			}
			doc.table(List.of("Site", "Commodity", "Focal point"), sites);
		}
		return doc.build();
	}
}
