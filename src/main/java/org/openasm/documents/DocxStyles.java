package org.openasm.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** DOCX styles: DejaVu Sans everywhere, real Title/Heading styles so Word's navigation pane works. */
final class DocxStyles {

	static final String FONT = PdfWriter.FONT_FAMILY;

	// Word falls back to altName when DejaVu Sans is not installed; the panose number lets it pick a sans.
	private static final String FONT_TABLE = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
			<w:font w:name="DejaVu Sans"><w:altName w:val="Arial"/><w:panose1 w:val="020B0603030804020204"/>\
			<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
			</w:fonts>
			""";

	private DocxStyles() {
	}

	static void install(XWPFDocument docx, Locale locale) throws IOException {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		fonts(defaults.addNewRFonts());
		defaults.addNewSz().setVal(BigInteger.valueOf(19));
		defaults.addNewSzCs().setVal(BigInteger.valueOf(19));
		defaults.addNewLang().setVal(locale.toLanguageTag());
		styles.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));

		style(styles, "Normal", "Normal", 0, 19, false, "1A1A1A");
		style(styles, DocxLayout.TITLE, "Title", 0, 42, true, "111111");
		style(styles, DocxLayout.SUBTITLE, "Subtitle", 0, 24, false, "333333");
		style(styles, DocxLayout.heading(1), "heading 1", 1, 28, true, DocxLayout.ACCENT);
		style(styles, DocxLayout.heading(2), "heading 2", 2, 23, true, DocxLayout.ACCENT);
		style(styles, DocxLayout.heading(3), "heading 3", 3, 20, true, "333333");
		docx.createStyles().setStyles(styles);
		fontTable(docx);
	}

	static void fonts(CTFonts fonts) {
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
	}

	// outline 0 means "not a heading"; sizes are in half-points.
	private static void style(CTStyles styles, String id, String name, int outline, int halfPoints, boolean bold,
			String color) {
		CTStyle style = styles.addNewStyle();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (!"Normal".equals(id)) {
			style.addNewBasedOn().setVal("Normal");
			style.addNewNext().setVal("Normal");
		}
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		if (outline > 0) {
			paragraph.addNewKeepNext();
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline - 1));
			paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outline == 1 ? 360 : 240));
			paragraph.getSpacing().setAfter(BigInteger.valueOf(80));
		}
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewColor().setVal(color);
	}

	private static void fontTable(XWPFDocument docx) throws IOException {
		try {
			PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
			PackagePart part = docx.getPackage().createPart(name,
					"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
			docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
					"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
			try (OutputStream out = part.getOutputStream()) {
				out.write(FONT_TABLE.strip().getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}
}
