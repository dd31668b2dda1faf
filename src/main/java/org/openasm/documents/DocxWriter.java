package org.openasm.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/** DOCX: the same blocks written with Apache POI, so both formats carry identical content. */
final class DocxWriter {

	private static final String BORDER = "9AA5B1";

	byte[] write(OutputDocument doc, RunningText running) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DocxLayout layout = new DocxLayout(docx, doc.locale());
			layout.apply(running);
			docx.getProperties().getCoreProperties().setTitle(doc.title());
			titleBlock(docx, doc, running);
			for (Block block : doc.blocks()) {
				write(docx, block, layout);
			}
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write DOCX for " + doc.title(), ex);
		}
	}

	private static void titleBlock(XWPFDocument docx, OutputDocument doc, RunningText running) {
		text(docx.createParagraph(), running.jurisdiction().toUpperCase(doc.locale()), true, DocxLayout.ACCENT);
		docx.createParagraph().setStyle(DocxLayout.TITLE);
		docx.getLastParagraph().createRun().setText(doc.title());
		if (!doc.subtitle().isEmpty()) {
			XWPFParagraph subtitle = docx.createParagraph();
			subtitle.setStyle(DocxLayout.SUBTITLE);
			subtitle.createRun().setText(doc.subtitle());
		}
		text(docx.createParagraph(), running.dateAndVersion(), false, DocxLayout.GREY);
		if (running.isDraft()) {
			text(docx.createParagraph(), running.draft(), true, DocxLayout.DRAFT_RED);
		}
	}

	private static void write(XWPFDocument docx, Block block, DocxLayout layout) {
		if (block instanceof Block.Heading h) {
			XWPFParagraph p = docx.createParagraph();
			p.setStyle(DocxLayout.heading(h.level()));
			p.createRun().setText(h.text());
		}
		else if (block instanceof Block.Paragraph p) {
			lines(docx.createParagraph().createRun(), p.text());
		}
		else if (block instanceof Block.Table t) {
			table(docx, t.header(), t.rows(), t.width());
		}
		else if (block instanceof Block.KeyValues kv) {
			keyValues(docx, kv.entries());
		}
		else if (block instanceof Block.Figure f) {
			figure(docx, f);
		}
		else if (block instanceof Block.BulletList list) {
			BigInteger bullets = layout.bulletNumbering();
			for (String item : list.items()) {
				XWPFParagraph p = docx.createParagraph();
				p.setNumID(bullets);
				p.createRun().setText(item);
			}
		}
	}

	/** The picture at the text width (16 cm), keeping its proportions, then its caption. */
	private static void figure(XWPFDocument docx, Block.Figure f) {
		double widthCm = 16.0;
		double heightCm = widthCm * f.height() / f.width();
		try (java.io.InputStream in = new java.io.ByteArrayInputStream(f.png())) {
			docx.createParagraph().createRun().addPicture(in, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "figure.png",
					org.apache.poi.util.Units.toEMU(widthCm * 72 / 2.54), org.apache.poi.util.Units.toEMU(heightCm * 72 / 2.54));
		}
		catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException("A figure could not be written", ex);
		}
		if (!f.caption().isEmpty()) {
			text(docx.createParagraph(), f.caption(), false, DocxLayout.GREY);
		}
	}

	private static void table(XWPFDocument docx, List<String> header, List<List<String>> rows, int width) {
		if (width == 0) {
			return;
		}
		int headerRows = header.isEmpty() ? 0 : 1;
		XWPFTable table = newTable(docx, headerRows + rows.size(), new int[width]);
		if (headerRows == 1) {
			table.getRow(0).setRepeatHeader(true);
			for (int c = 0; c < width; c++) {
				cell(table.getRow(0).getCell(c), header.get(c), true, "E3E9F0");
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < width; c++) {
				cell(table.getRow(headerRows + r).getCell(c), rows.get(r).get(c), false, null);
			}
		}
	}

	private static void keyValues(XWPFDocument docx, List<Map.Entry<String, String>> entries) {
		if (entries.isEmpty()) {
			return;
		}
		XWPFTable table = newTable(docx, entries.size(), new int[] { 35, 65 });
		for (int r = 0; r < entries.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			cell(row.getCell(0), entries.get(r).getKey(), true, "F1F4F7");
			cell(row.getCell(1), entries.get(r).getValue(), false, null);
		}
	}

	// Column widths in percent; zeros mean equal columns. The grid is what LibreOffice and Word lay out by.
	private static XWPFTable newTable(XWPFDocument docx, int rows, int[] percents) {
		XWPFTable table = docx.createTable(rows, percents.length);
		table.setWidth("100%");
		CTTblGrid grid = table.getCTTbl().addNewTblGrid();
		for (int percent : percents) {
			long share = percent == 0 ? DocxLayout.TEXT_WIDTH / percents.length : DocxLayout.TEXT_WIDTH * percent / 100;
			grid.addNewGridCol().setW(BigInteger.valueOf(share));
		}
		table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
		table.setCellMargins(60, 110, 60, 110);
		docx.createParagraph(); // Word glues consecutive tables together without a paragraph between them.
		return table;
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold, String shade) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setSpacingAfter(0);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setBold(bold);
		if (shade != null) {
			cell.setColor(shade);
		}
	}

	private static void lines(XWPFRun run, String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}

	private static void text(XWPFParagraph p, String text, boolean bold, String color) {
		p.setAlignment(ParagraphAlignment.LEFT);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setColor(color);
	}
}
