package org.openasm.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A format-neutral document: the running information every page carries, and the body blocks.
 *
 * @param title the document title, e.g. "ASM Task Force"
 * @param jurisdiction the name of the government or area the document belongs to
 * @param subtitle optional line under the title
 * @param date the document's date; may be null
 * @param version the document's version label, e.g. "1.2"; may be blank
 * @param draft whether every page must be marked as a draft
 * @param locale the language of labels and dates; English when null
 * @param blocks the body, in order
 */
public record OutputDocument(String title, String jurisdiction, String subtitle, LocalDate date, String version,
		boolean draft, Locale locale, List<Block> blocks) {

	public OutputDocument {
		title = CleanText.line(title);
		jurisdiction = CleanText.line(jurisdiction);
		subtitle = CleanText.line(subtitle);
		version = CleanText.line(version);
		locale = locale == null ? Locale.ENGLISH : locale;
		blocks = blocks == null ? List.of() : blocks.stream().filter(Objects::nonNull).toList();
	}

	public static Builder builder(String title) {
		return new Builder(title);
	}

	/** Fluent construction for callers that assemble a document section by section. */
	public static final class Builder {

		private final String title;

		private String jurisdiction;

		private String subtitle;

		private LocalDate date;

		private String version;

		private boolean draft;

		private Locale locale;

		private final List<Block> blocks = new ArrayList<>();

		private Builder(String title) {
			this.title = title;
		}

		public Builder jurisdiction(String jurisdiction) {
			this.jurisdiction = jurisdiction;
			return this;
		}

		public Builder subtitle(String subtitle) {
			this.subtitle = subtitle;
			return this;
		}

		public Builder date(LocalDate date) {
			this.date = date;
			return this;
		}

		public Builder version(String version) {
			this.version = version;
			return this;
		}

		public Builder draft(boolean draft) {
			this.draft = draft;
			return this;
		}

		public Builder locale(Locale locale) {
			this.locale = locale;
			return this;
		}

		public Builder heading(int level, String text) {
			return add(new Block.Heading(level, text));
		}

		public Builder paragraph(String text) {
			return add(new Block.Paragraph(text));
		}

		public Builder table(List<String> header, List<List<String>> rows) {
			return add(new Block.Table(header, rows));
		}

		public Builder keyValues(List<Map.Entry<String, String>> entries) {
			return add(new Block.KeyValues(entries));
		}

		public Builder bullets(List<String> items) {
			return add(new Block.BulletList(items));
		}

		public Builder add(Block block) {
			blocks.add(block);
			return this;
		}

		public OutputDocument build() {
			return new OutputDocument(title, jurisdiction, subtitle, date, version, draft, locale, blocks);
		}
	}
}
