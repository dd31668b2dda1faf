package org.openasm.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** DOCX page furniture: A4 page, styles, header with jurisdiction and title, footer with page X of Y. */
final class DocxLayout {

	static final String TITLE = "Title";

	static final String SUBTITLE = "Subtitle";

	static final String ACCENT = "1F3A5F";

	static final String DRAFT_RED = "B0262A";

	static final String GREY = "4A5560";

	private static final BigInteger A4_WIDTH = BigInteger.valueOf(11906); // twentieths of a point

	private static final BigInteger A4_HEIGHT = BigInteger.valueOf(16838);

	private static final int MARGIN = 1134; // 2 cm

	static final long TEXT_WIDTH = 11906 - 2 * MARGIN;

	private final XWPFDocument docx;

	private final Locale locale;

	private BigInteger bullets;

	DocxLayout(XWPFDocument docx, Locale locale) {
		this.docx = docx;
		this.locale = locale;
	}

	static String heading(int level) {
		return "Heading" + level;
	}

	void apply(RunningText running) throws IOException {
		DocxStyles.install(docx, locale);
		header(docx.createHeader(HeaderFooterType.DEFAULT), running);
		footer(docx.createFooter(HeaderFooterType.DEFAULT), running);
		page();
	}

	/** One bullet numbering definition, created on first use and shared by every list. */
	BigInteger bulletNumbering() {
		if (bullets == null) {
			CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.ONE);
			CTLvl level = definition.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewNumFmt().setVal(STNumberFormat.BULLET);
			level.addNewLvlText().setVal("•");
			level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(426));
			level.getPPr().getInd().setHanging(BigInteger.valueOf(284));
			XWPFNumbering numbering = docx.createNumbering();
			bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
		}
		return bullets;
	}

	private void page() {
		CTBody body = docx.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(A4_WIDTH);
		size.setH(A4_HEIGHT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1531));
		margins.setBottom(BigInteger.valueOf(1247));
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
		margins.setHeader(BigInteger.valueOf(709));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
	}

	private static void header(XWPFHeader header, RunningText running) {
		XWPFParagraph line = header.createParagraph();
		rightTab(line);
		XWPFRun jurisdiction = small(line, running.jurisdiction());
		jurisdiction.setBold(true);
		jurisdiction.setColor(ACCENT);
		small(line, "\t" + running.title());
		line.setBorderBottom(Borders.SINGLE);
		if (running.isDraft()) {
			XWPFParagraph draft = header.createParagraph();
			draft.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun mark = small(draft, running.draft());
			mark.setBold(true);
			mark.setColor(DRAFT_RED);
		}
	}

	private static void footer(XWPFFooter footer, RunningText running) {
		XWPFParagraph line = footer.createParagraph();
		rightTab(line);
		line.setBorderTop(Borders.SINGLE);
		small(line, running.dateAndVersion() + "\t" + running.pageWord() + " ");
		field(line, "PAGE");
		small(line, " " + running.ofWord() + " ");
		field(line, "NUMPAGES");
	}

	// A simple field Word and LibreOffice recompute on open; "1" is only the cached value.
	private static void field(XWPFParagraph paragraph, String instruction) {
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(instruction + " \\* MERGEFORMAT");
		CTR run = field.addNewR();
		CTRPr format = run.addNewRPr();
		format.addNewSz().setVal(BigInteger.valueOf(15));
		format.addNewColor().setVal(GREY);
		run.addNewT().setStringValue("1");
	}

	private static void rightTab(XWPFParagraph paragraph) {
		CTP p = paragraph.getCTP();
		CTTabStop tab = (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewTabs().addNewTab();
		tab.setVal(STTabJc.RIGHT);
		tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
	}

	private static XWPFRun small(XWPFParagraph paragraph, String text) {
		XWPFRun run = paragraph.createRun();
		String[] parts = text.split("\t", -1);
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				run.addTab();
			}
			run.setText(parts[i]);
		}
		run.setFontSize(7.5);
		run.setColor(GREY);
		return run;
	}
}
