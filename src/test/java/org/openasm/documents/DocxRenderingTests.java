package org.openasm.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.documents.DocumentFixtures.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

class DocxRenderingTests {

	private final DocumentRenderer renderer = renderer();

	@Test
	void paragraphs_and_tables_carry_the_same_names_and_accents_as_the_pdf() throws IOException {
		try (XWPFDocument docx = render(anAsmTaskForce(Locale.UK).build())) {
			String paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(paragraphs).contains("ASM Task Force", "Mandate, membership and working arrangements",
					"12 March 2026 · Version 1.2", "It reports to the " + MINISTRY, "Decisions by consensus");

			List<XWPFTable> tables = docx.getTables();
			assertThat(tables).hasSize(2);
			assertThat(tables.get(0).getRow(0).getCell(0).getText()).isEqualTo("Chair");
			assertThat(tables.get(0).getRow(0).getCell(1).getText()).isEqualTo(IGBO_NAME);
			assertThat(tables.get(1).getRow(0).getCell(0).getText()).isEqualTo("Name");
			assertThat(tables.get(1).getText()).contains(IGBO_NAME, POLISH_NAME, GREEK_NAME, RUSSIAN_NAME, MINISTRY);
			List<Integer> labelAndValue = tables.get(0).getCTTbl().getTblGrid().getGridColList().stream()
				.map(col -> ((BigInteger) col.getW()).intValue()).toList();
			assertThat(100 * labelAndValue.get(0) / (labelAndValue.get(0) + labelAndValue.get(1))).isEqualTo(35);
		}
	}

	@Test
	void the_footer_numbers_pages_with_page_and_numpages_fields() throws IOException {
		try (XWPFDocument docx = render(aLongContextAnalysis(Locale.UK, false))) {
			XWPFFooter footer = docx.getHeaderFooterPolicy().getDefaultFooter();
			List<String> fields = footer.getParagraphs().get(0).getCTP().getFldSimpleList().stream()
				.map(CTSimpleField::getInstr).toList();

			assertThat(fields).containsExactly("PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT");
			assertThat(footer.getText()).contains("12 March 2026 · Version 0.9", "Page ", " of ");
		}
	}

	@Test
	void the_header_carries_jurisdiction_title_and_the_draft_marking() throws IOException {
		try (XWPFDocument draft = render(aLongContextAnalysis(Locale.UK, true));
				XWPFDocument fin = render(aLongContextAnalysis(Locale.UK, false))) {
			XWPFHeader header = draft.getHeaderFooterPolicy().getDefaultHeader();
			assertThat(header.getText()).contains(JURISDICTION, "Context Analysis", "DRAFT");
			assertThat(fin.getHeaderFooterPolicy().getDefaultHeader().getText()).contains(JURISDICTION)
				.doesNotContain("DRAFT");
		}
	}

	@Test
	void a_french_document_has_french_labels_and_dates() throws IOException {
		try (XWPFDocument docx = render(aLongContextAnalysis(Locale.FRENCH, true))) {
			assertThat(docx.getHeaderFooterPolicy().getDefaultHeader().getText()).contains("PROJET");
			assertThat(docx.getHeaderFooterPolicy().getDefaultFooter().getText()).contains("12 mars 2026", " sur ");
		}
	}

	@Test
	void dejavu_sans_is_the_default_font_with_arial_named_as_fallback() throws Exception {
		try (XWPFDocument docx = render(anAsmTaskForce(Locale.UK).build())) {
			CTFonts fonts = docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
			assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
				.containsOnly("DejaVu Sans");
			PackagePart part = docx.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"));
			String fontTable = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(fontTable).contains("w:name=\"DejaVu Sans\"", "<w:altName w:val=\"Arial\"/>");
		}
	}

	@Test
	void headings_use_word_heading_styles_so_the_navigation_pane_lists_them() throws IOException {
		try (XWPFDocument docx = render(anAsmTaskForce(Locale.UK).build())) {
			assertThat(docx.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText).containsExactly("Mandate", "Members");
			assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
		}
	}

	private XWPFDocument render(OutputDocument doc) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(renderer.render(doc, DocumentFormat.DOCX)));
	}
}
