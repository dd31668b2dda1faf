package org.openasm.context;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * Reads mine sites from a file: CSV (comma or semicolon), XLSX (the first sheet) or a GeoJSON
 * FeatureCollection of Points, recognised by their content. The header row (or the features'
 * properties) names the fields: {@code name}, {@code longitude}, {@code latitude} (not in GeoJSON,
 * whose points give them), {@code commodity}, {@code deposit_type}, {@code mechanisation},
 * {@code scale}, {@code legal_status}, and optionally {@code women}, {@code men}, {@code minors}
 * (yes/no), {@code techniques}, {@code impacts} (names separated by | or ,), {@code observed_on}
 * (yyyy-mm-dd) and {@code source}. Headers ignore case, spaces and underscores. Each row is read into a
 * {@link SiteDescription} or its wrong cells are reported; the register then places and saves them.
 */
final class SiteImport {

	static final int MAX_ROWS = 10_000;

	static final List<String> COLUMNS = List.of("name", "longitude", "latitude", "commodity", "deposit_type", "mechanisation", "scale",
			"legal_status", "women", "men", "minors", "techniques", "impacts", "observed_on", "source");

	static final List<String> REQUIRED = List.of("name", "longitude", "latitude", "commodity", "deposit_type", "mechanisation",
			"scale", "legal_status");

	private static final Map<String, String> ALIASES = Map.of("lon", "longitude", "lng", "longitude", "long", "longitude", "lat",
			"latitude", "observationsource", "source", "date", "observed_on");

	/** One row of the file: its number as a spreadsheet counts (header = 1; a GeoJSON feature's number) and its cells by column. */
	record Cells(int row, Map<String, String> values) {

		String get(String column) {
			String v = values.get(column);
			return v == null ? "" : v.strip();
		}
	}

	private SiteImport() {
	}

	static List<Cells> read(byte[] file) {
		if (file == null || file.length == 0) {
			throw rejected(1, "file", "siteImport.empty");
		}
		List<Cells> rows;
		if (file.length > 2 && file[0] == 'P' && file[1] == 'K') {
			rows = xlsx(file);
		}
		else {
			String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
			rows = text.stripLeading().startsWith("{") ? geojson(file) : csv(text);
		}
		if (rows.isEmpty()) {
			throw rejected(2, "file", "siteImport.empty");
		}
		if (rows.size() > MAX_ROWS) {
			throw rejected(MAX_ROWS + 2, "file", "siteImport.tooMany", MAX_ROWS);
		}
		return rows;
	}

	/** The row's description, or null with its wrong cells added to {@code errors}. */
	static SiteDescription describe(Cells c, List<RowError> errors) {
		int before = errors.size();
		int row = c.row();
		String name = c.get("name");
		if (name.isEmpty()) {
			errors.add(new RowError(row, "name", "siteImport.missing"));
		}
		else if (name.length() > 200) {
			errors.add(new RowError(row, "name", "siteImport.tooLong", 200));
		}
		Optional<BigDecimal> lon = SiteCoordinates.read(c.get("longitude"), 180);
		if (lon.isEmpty()) {
			errors.add(new RowError(row, "longitude", "siteImport.longitude", c.get("longitude")));
		}
		Optional<BigDecimal> lat = SiteCoordinates.read(c.get("latitude"), 90);
		if (lat.isEmpty()) {
			errors.add(new RowError(row, "latitude", "siteImport.latitude", c.get("latitude")));
		}
		Commodity commodity = choice(c, "commodity", Commodity.class, errors);
		SiteDepositType deposit = choice(c, "deposit_type", SiteDepositType.class, errors);
		SiteMechanisation mechanisation = choice(c, "mechanisation", SiteMechanisation.class, errors);
		SiteScale scale = choice(c, "scale", SiteScale.class, errors);
		SiteLegalStatus legal = choice(c, "legal_status", SiteLegalStatus.class, errors);
		int women = count(c, "women", errors);
		int men = count(c, "men", errors);
		Boolean minors = yesNo(c.get("minors"));
		if (minors == null) {
			errors.add(new RowError(row, "minors", "siteImport.yesNo", c.get("minors")));
		}
		String techniques = c.get("techniques");
		if (techniques.length() > 2000) {
			errors.add(new RowError(row, "techniques", "siteImport.tooLong", 2000));
		}
		Set<SiteImpact> impacts = EnumSet.noneOf(SiteImpact.class);
		for (String part : c.get("impacts").split("[|,;]")) {
			if (part.isBlank()) {
				continue;
			}
			SiteImpact impact = constant(SiteImpact.class, part);
			if (impact == null) {
				errors.add(new RowError(row, "impacts", "siteImport.choice", part.strip(), names(SiteImpact.class)));
			}
			else {
				impacts.add(impact);
			}
		}
		LocalDate observedOn = null;
		if (!c.get("observed_on").isEmpty()) {
			try {
				observedOn = LocalDate.parse(c.get("observed_on"));
			}
			catch (DateTimeParseException ex) {
				errors.add(new RowError(row, "observed_on", "siteImport.date", c.get("observed_on")));
			}
		}
		String source = c.get("source");
		if (source.length() > 300) {
			errors.add(new RowError(row, "source", "siteImport.tooLong", 300));
		}
		if (errors.size() > before) {
			return null;
		}
		return new SiteDescription(name, lon.get(), lat.get(), commodity, deposit, mechanisation, scale, women, men, minors, legal,
				techniques.isEmpty() ? null : techniques, impacts, observedOn, source.isEmpty() ? null : source);
	}

	static <E extends Enum<E>> E constant(Class<E> type, String text) {
		String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(t)) {
				return e;
			}
		}
		return null;
	}

	static Boolean yesNo(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "", "no", "n", "non", "false", "0" -> false;
			case "yes", "y", "oui", "o", "true", "1" -> true;
			default -> null;
		};
	}

	private static <E extends Enum<E>> E choice(Cells c, String column, Class<E> type, List<RowError> errors) {
		String text = c.get(column);
		if (text.isEmpty()) {
			errors.add(new RowError(c.row(), column, "siteImport.missing"));
			return null;
		}
		E value = constant(type, text);
		if (value == null) {
			errors.add(new RowError(c.row(), column, "siteImport.choice", text, names(type)));
		}
		return value;
	}

	private static int count(Cells c, String column, List<RowError> errors) {
		String text = c.get(column);
		if (text.isEmpty()) {
			return 0;
		}
		try {
			int n = new BigDecimal(text.replace(',', '.')).intValueExact();
			if (n < 0 || n > 1_000_000) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.add(new RowError(c.row(), column, "siteImport.count", text));
			return 0;
		}
	}

	private static String names(Class<? extends Enum<?>> type) {
		return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}

	// Formats

	private static List<Cells> csv(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count() ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<CSVRecord> records = parser.getRecords();
			if (records.isEmpty()) {
				throw rejected(1, "file", "siteImport.empty");
			}
			List<String> header = new ArrayList<>();
			records.get(0).forEach(header::add);
			Map<Integer, String> columns = columns(header, true);
			List<Cells> rows = new ArrayList<>();
			for (int i = 1; i < records.size(); i++) {
				CSVRecord record = records.get(i);
				Map<String, String> values = new LinkedHashMap<>();
				columns.forEach((index, column) -> values.put(column, index < record.size() ? record.get(index) : ""));
				if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
					continue;
				}
				rows.add(new Cells((int) record.getRecordNumber(), values));
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw rejected(1, "file", "siteImport.unreadable");
		}
	}

	private static List<Cells> xlsx(byte[] file) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			Row head = sheet.getRow(sheet.getFirstRowNum());
			if (head == null) {
				throw rejected(1, "file", "siteImport.empty");
			}
			List<String> header = new ArrayList<>();
			for (int i = 0; i < head.getLastCellNum(); i++) {
				header.add(text(head.getCell(i), formatter));
			}
			Map<Integer, String> columns = columns(header, true);
			List<Cells> rows = new ArrayList<>();
			for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				columns.forEach((index, column) -> values.put(column, text(row.getCell(index), formatter)));
				if (values.values().stream().allMatch(String::isBlank)) {
					continue;
				}
				rows.add(new Cells(r + 1, values));
				if (rows.size() > MAX_ROWS) {
					break;
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejected rejected) {
				throw rejected;
			}
			throw rejected(1, "file", "siteImport.unreadable");
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

	private static List<Cells> geojson(byte[] file) {
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
		List<RowError> errors = new ArrayList<>();
		List<Cells> rows = new ArrayList<>();
		for (GeoJson.Feature f : features) {
			Map<String, String> values = new LinkedHashMap<>();
			Map<Integer, String> columns = columns(new ArrayList<>(f.properties().keySet()), false);
			List<String> keys = new ArrayList<>(f.properties().keySet());
			columns.forEach((index, column) -> values.put(column, f.properties().get(keys.get(index))));
			if (f.geometry() instanceof Point p) {
				values.put("longitude", BigDecimal.valueOf(p.getX()).toPlainString());
				values.put("latitude", BigDecimal.valueOf(p.getY()).toPlainString());
				rows.add(new Cells(f.number(), values));
			}
			else {
				errors.add(new RowError(f.number(), "geometry", "siteImport.notPoint",
						f.geometry() == null ? "null" : f.geometry().getGeometryType()));
			}
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		return rows;
	}

	/** Column index to field name; unknown headers are ignored; a missing required one refuses the file. */
	private static Map<Integer, String> columns(List<String> header, boolean needCoordinates) {
		Map<Integer, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String normalised = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			String column = ALIASES.get(normalised);
			if (column == null) {
				column = COLUMNS.stream().filter(c -> c.replace("_", "").equals(normalised)).findFirst().orElse(null);
			}
			if (column != null && !columns.containsValue(column)) {
				columns.put(i, column);
			}
		}
		if (needCoordinates) {
			List<RowError> missing = REQUIRED.stream()
				.filter(r -> !columns.containsValue(r))
				.map(r -> new RowError(1, r, "siteImport.column.missing", r))
				.toList();
			if (!missing.isEmpty()) {
				throw new ImportRejected(missing);
			}
		}
		return columns;
	}

	private static ImportRejected rejected(int row, String column, String key, Object... args) {
		return new ImportRejected(List.of(new RowError(row, column, key, args)));
	}
}
