package org.openasm.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.documents.DocumentFixtures.*;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRenderingTests {

	private final DocumentRenderer renderer = renderer();

	@Test
	void accents_and_non_latin_names_come_out_of_the_pdf_exactly_as_they_went_in() throws IOException {
		String text = text(render(anAsmTaskForce(Locale.UK).build()));

		assertThat(text).contains(nfc(IGBO_NAME), nfc(POLISH_NAME), nfc(GREEK_NAME), nfc(RUSSIAN_NAME), nfc(MINISTRY),
				nfc(JURISDICTION));
		assertThat(text).contains("Lead institution", "Quarterly", "Mining Cadastre", "Decisions by consensus");
	}

	@Test
	void every_page_carries_jurisdiction_title_date_version_and_page_x_of_y() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(render(aLongContextAnalysis(Locale.UK, false)))) {
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			for (int page = 1; page <= pages; page++) {
				assertThat(nfc(pageText(pdf, page))).contains(nfc(JURISDICTION), "Context Analysis", "12 March 2026",
						"Version 0.9", "Page " + page + " of " + pages);
			}
			assertThat(text(pdf)).doesNotContain("DRAFT");
		}
	}

	@Test
	void a_draft_is_marked_draft_on_every_page() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(render(aLongContextAnalysis(Locale.UK, true)))) {
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				assertThat(pageText(pdf, page)).contains("DRAFT");
			}
		}
	}

	@Test
	void a_french_document_has_french_labels_and_dates() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(render(aLongContextAnalysis(Locale.FRENCH, true)))) {
			int pages = pdf.getNumberOfPages();
			assertThat(pageText(pdf, 1)).contains("Page 1 sur " + pages, "12 mars 2026", "Version 0.9", "PROJET");
		}
	}

	@Test
	void only_the_embedded_dejavu_sans_is_used_so_no_glyph_falls_back_to_a_base_font() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(render(anAsmTaskForce(Locale.UK).draft(true).build()))) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
			assertThat(fonts).extracting(PDFont::getName)
				.allMatch(name -> name.matches("([A-Z]{6}\\+)?DejaVuSans(-Bold)?"))
				.anyMatch(name -> name.endsWith("DejaVuSans"))
				.anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
		}
	}

	@Test
	void markup_in_user_text_is_printed_not_interpreted() throws IOException {
		OutputDocument doc = OutputDocument.builder("<b>Report</b> & co").paragraph("<script>x</script>").build();

		assertThat(text(render(doc))).contains("<b>Report</b> & co", "<script>x</script>");
	}

	@Test
	void ragged_rows_and_control_characters_render_as_clean_padded_tables() throws IOException {
		OutputDocument doc = OutputDocument.builder("Sites\u0000")
			.table(List.of("Site", "Commodity", "Focal point"),
					List.of(List.of("Kéniéba\u0007"), List.of("Sadiola", "Gold", "Łukasz", "extra column")))
			.build();

		assertThat(text(render(doc))).contains("Sites", "Kéniéba", "Sadiola Gold Łukasz extra column")
			.doesNotContain("\u0000", "\u0007");
	}

	@Test
	void a_document_with_nothing_in_it_still_renders_one_page() throws IOException {
		OutputDocument empty = new OutputDocument(null, null, null, null, null, false, null, null);

		try (PDDocument pdf = Loader.loadPDF(render(empty))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(text(pdf)).contains("Page 1 of 1").doesNotContain("Version");
		}
	}

	private byte[] render(OutputDocument doc) {
		return renderer.render(doc, DocumentFormat.PDF);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return nfc(text(document));
		}
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

	private static String pageText(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	// PDFBox composes base letters with their combining marks; compare canonical forms.
	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}
}
