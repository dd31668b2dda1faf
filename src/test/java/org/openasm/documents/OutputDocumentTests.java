package org.openasm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap.SimpleEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class OutputDocumentTests {

	@Test
	void missing_fields_become_empty_and_the_locale_english() {
		OutputDocument doc = new OutputDocument(null, "  ", null, null, null, false, null, null);

		assertThat(doc.title()).isEmpty();
		assertThat(doc.jurisdiction()).isEmpty();
		assertThat(doc.version()).isEmpty();
		assertThat(doc.locale()).isEqualTo(Locale.ENGLISH);
		assertThat(doc.blocks()).isEmpty();
	}

	@Test
	void control_characters_are_stripped_and_paragraphs_keep_their_line_breaks() {
		OutputDocument doc = OutputDocument.builder("Task\u0000 Force\u001B")
			.paragraph("first\r\nsecond\u0007\rthird")
			.heading(1, "two\nlines")
			.build();

		assertThat(doc.title()).isEqualTo("Task Force");
		assertThat(new Block.Paragraph("lone \uD800surrogate\uFFFF").text()).isEqualTo("lone surrogate");
		assertThat(new Block.Paragraph("Ǹgọ́zí 😀").text()).isEqualTo("Ǹgọ́zí 😀");
		assertThat(doc.blocks()).containsExactly(new Block.Paragraph("first\nsecond\nthird"),
				new Block.Heading(1, "two lines"));
	}

	@Test
	void ragged_table_rows_are_padded_to_the_widest_row_and_null_cells_are_empty() {
		Block.Table table = new Block.Table(List.of("Site", "Commodity"),
				Arrays.asList(List.of("A"), Arrays.asList("B", null, "extra"), null));

		assertThat(table.header()).containsExactly("Site", "Commodity", "");
		assertThat(table.rows()).containsExactly(List.of("A", "", ""), List.of("B", "", "extra"));
		assertThat(table.width()).isEqualTo(3);
	}

	@Test
	void key_values_accept_null_labels_and_values() {
		Block.KeyValues kv = new Block.KeyValues(Arrays.asList(new SimpleEntry<>("Chair", null),
				new SimpleEntry<>(null, "x"), null));

		assertThat(kv.entries()).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly("Chair=", "=x");
	}

	@Test
	void heading_levels_outside_one_to_three_are_clamped() {
		assertThat(new Block.Heading(0, "a").level()).isEqualTo(1);
		assertThat(new Block.Heading(7, "a").level()).isEqualTo(3);
	}

	@Test
	void formats_name_their_content_type_and_extension() {
		assertThat(DocumentFormat.PDF.contentType()).isEqualTo("application/pdf");
		assertThat(DocumentFormat.DOCX.extension()).isEqualTo("docx");
	}
}
