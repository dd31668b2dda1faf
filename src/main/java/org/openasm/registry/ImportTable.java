package org.openasm.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.locationtech.jts.geom.Point;
import org.openasm.geo.GeoJson;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;

/**
 * A file as a table: its column headers as written and its rows, each with its number as the user
 * counts it (a spreadsheet's row, the header being row 1; a GeoJSON feature's number). Reads CSV
 * (comma or semicolon; the flat exports of ODK Central and KoBoToolbox are CSV too), XLSX (first sheet)
 * or a GeoJSON FeatureCollection (properties as columns; a point adds {@code longitude} and
 * {@code latitude}, a polygon adds {@code geometry} as WKT), recognised by content, never by name.
 */
record ImportTable(String format, List<String> headers, List<Line> lines) {

	static final int MAX_ROWS = 200_000;

	/** One row: its number as the user counts it and its cells in header order. */
	record Line(int row, String[] cells) {

		String cell(Integer column) {
			if (column == null || column >= cells.length || cells[column] == null) {
				return "";
			}
			return cells[column].strip();
		}
	}

	static ImportTable read(byte[] file) {
		if (file == null || file.length == 0) {
			throw rejected(1, "file", "registry.import.empty");
		}
		ImportTable table;
		if (file.length > 2 && file[0] == 'P' && file[1] == 'K') {
			table = xlsx(file);
		}
		else {
			String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
			table = text.stripLeading().startsWith("{") ? geojson(file) : csv(text);
		}
		if (table.lines().isEmpty()) {
			throw rejected(2, "file", "registry.import.empty");
		}
		if (table.lines().size() > MAX_ROWS) {
			throw rejected(MAX_ROWS + 2, "file", "registry.import.tooMany", MAX_ROWS);
		}
		return table;
	}

	private static ImportTable csv(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count() ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = null;
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (headers == null) {
					headers = new ArrayList<>();
					record.forEach(headers::add);
					continue;
				}
				String[] cells = record.values();
				if (blank(cells)) {
					continue;
				}
				lines.add(new Line((int) record.getRecordNumber(), cells));
				if (lines.size() > MAX_ROWS) {
					break;
				}
			}
			if (headers == null) {
				throw rejected(1, "file", "registry.import.empty");
			}
			return new ImportTable("CSV", headers, lines);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw rejected(1, "file", "registry.import.unreadable");
		}
	}

	private static ImportTable xlsx(byte[] file) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Row head = sheet.getRow(sheet.getFirstRowNum());
			if (head == null) {
				throw rejected(1, "file", "registry.import.empty");
			}
			List<String> headers = new ArrayList<>();
			for (int i = 0; i < head.getLastCellNum(); i++) {
				headers.add(text(head.getCell(i), formatter));
			}
			List<Line> lines = new ArrayList<>();
			for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum() && lines.size() <= MAX_ROWS; r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String[] cells = new String[headers.size()];
				for (int i = 0; i < cells.length; i++) {
					cells[i] = text(row.getCell(i), formatter);
				}
				if (!blank(cells)) {
					lines.add(new Line(r + 1, cells));
				}
			}
			return new ImportTable("XLSX", headers, lines);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejected rejected) {
				throw rejected;
			}
			throw rejected(1, "file", "registry.import.unreadable");
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		if (type == CellType.BOOLEAN) {
			return cell.getBooleanCellValue() ? "yes" : "no";
		}
		return formatter.formatCellValue(cell).strip();
	}

	private static ImportTable geojson(byte[] file) {
		List<GeoJson.Refused> refusals = new ArrayList<>();
		List<GeoJson.Feature> features;
		try {
			features = GeoJson.read(file, refusals);
		}
		catch (GeoJson.Refused refused) {
			throw rejected(1, refused.column(), refused.messageKey(), refused.args());
		}
		if (!refusals.isEmpty()) {
			throw new ImportRejected(refusals.stream().map(r -> new RowError(r.feature(), r.column(), r.messageKey(), r.args())).toList());
		}
		Set<String> keys = new LinkedHashSet<>();
		features.forEach(f -> keys.addAll(f.properties().keySet()));
		boolean points = features.stream().anyMatch(f -> f.geometry() instanceof Point);
		List<String> headers = new ArrayList<>(keys);
		int lon = -1;
		int lat = -1;
		int geometry = -1;
		if (points) {
			lon = headers.size();
			headers.add("longitude");
			lat = headers.size();
			headers.add("latitude");
		}
		else {
			geometry = headers.size();
			headers.add("geometry");
		}
		List<Line> lines = new ArrayList<>();
		for (GeoJson.Feature f : features) {
			String[] cells = new String[headers.size()];
			int i = 0;
			for (String key : keys) {
				cells[i++] = f.properties().get(key);
			}
			if (f.geometry() instanceof Point p && points) {
				cells[lon] = BigDecimal.valueOf(p.getX()).toPlainString();
				cells[lat] = BigDecimal.valueOf(p.getY()).toPlainString();
			}
			else if (f.geometry() != null && !points) {
				cells[geometry] = f.geometry().toText();
			}
			lines.add(new Line(f.number(), cells));
		}
		return new ImportTable("GEOJSON", headers, lines);
	}

	private static boolean blank(String[] cells) {
		for (String c : cells) {
			if (c != null && !c.isBlank()) {
				return false;
			}
		}
		return true;
	}

	static ImportRejected rejected(int row, String column, String key, Object... args) {
		return new ImportRejected(List.of(new RowError(row, column, key, args)));
	}
}
