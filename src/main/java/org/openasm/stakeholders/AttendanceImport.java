package org.openasm.stakeholders;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;

/**
 * Reads an attendance list from CSV (comma or semicolon separated, as spreadsheets in English and
 * French save them) with the columns {@code name}, {@code stakeholder} and {@code gender}, or their
 * French headers {@code nom}, {@code partie prenante}, {@code genre}. Every row is checked before
 * anything is kept: an unknown stakeholder, an unreadable gender, a name given twice or already on the
 * list is reported with its row, and then the whole file is refused.
 */
final class AttendanceImport {

	static final int MAX_ROWS = 2000;

	/** A checked row, ready to be saved. */
	record Row(String personName, Stakeholder stakeholder, Gender gender) {
	}

	private static final Map<String, String> HEADERS = Map.of("name", "name", "nom", "name", "stakeholder", "stakeholder",
			"partie prenante", "stakeholder", "gender", "gender", "genre", "gender", "sexe", "gender");

	private static final Map<String, Gender> GENDERS = Map.ofEntries(Map.entry("woman", Gender.WOMAN), Map.entry("women", Gender.WOMAN),
			Map.entry("female", Gender.WOMAN), Map.entry("f", Gender.WOMAN), Map.entry("w", Gender.WOMAN), Map.entry("femme", Gender.WOMAN),
			Map.entry("man", Gender.MAN), Map.entry("male", Gender.MAN), Map.entry("m", Gender.MAN), Map.entry("h", Gender.MAN),
			Map.entry("homme", Gender.MAN), Map.entry("other", Gender.OTHER), Map.entry("autre", Gender.OTHER), Map.entry("o", Gender.OTHER));

	private AttendanceImport() {
	}

	/**
	 * The rows of the file, all valid, or {@link ImportRejected} listing every wrong one.
	 * {@code stakeholderNamed} finds a stakeholder of the workspace by name; {@code alreadyListed} holds
	 * the names already on the meeting's list, in lower case.
	 */
	static List<Row> read(Reader csv, Function<String, Optional<Stakeholder>> stakeholderNamed, Set<String> alreadyListed) {
		List<RowError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		List<String> lines;
		try {
			lines = new java.io.BufferedReader(csv).lines().toList();
		}
		catch (java.io.UncheckedIOException ex) {
			throw new ImportRejected(List.of(new RowError(1, "file", "attendance.import.unreadable")));
		}
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			throw new ImportRejected(List.of(new RowError(1, "file", "attendance.import.empty")));
		}
		char delimiter = lines.get(0).chars().filter(c -> c == ';').count() > lines.get(0).chars().filter(c -> c == ',').count() ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(String.join("\n", lines), format)) {
			List<CSVRecord> records = parser.getRecords();
			Map<String, Integer> columns = columns(records.get(0), errors);
			if (!errors.isEmpty()) {
				throw new ImportRejected(errors);
			}
			if (records.size() - 1 > MAX_ROWS) {
				throw new ImportRejected(List.of(new RowError(MAX_ROWS + 2, "file", "attendance.import.tooMany", MAX_ROWS)));
			}
			Set<String> seen = new HashSet<>(alreadyListed);
			for (int i = 1; i < records.size(); i++) {
				CSVRecord record = records.get(i);
				int row = i + 1;
				String name = cell(record, columns.get("name"));
				String stakeholderName = cell(record, columns.get("stakeholder"));
				String genderText = cell(record, columns.get("gender"));
				if (name.isEmpty() && stakeholderName.isEmpty() && genderText.isEmpty()) {
					continue;
				}
				int before = errors.size();
				if (name.isEmpty()) {
					errors.add(new RowError(row, "name", "attendance.import.name.missing"));
				}
				else if (name.length() > 200) {
					errors.add(new RowError(row, "name", "attendance.import.name.long"));
				}
				else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
					errors.add(new RowError(row, "name", "attendance.import.name.twice", name));
				}
				Stakeholder stakeholder = null;
				if (!stakeholderName.isEmpty()) {
					stakeholder = stakeholderNamed.apply(stakeholderName).orElse(null);
					if (stakeholder == null) {
						errors.add(new RowError(row, "stakeholder", "attendance.import.stakeholder.unknown", stakeholderName));
					}
				}
				Gender gender = GENDERS.get(genderText.toLowerCase(Locale.ROOT));
				if (gender == null) {
					errors.add(new RowError(row, "gender", "attendance.import.gender.unknown", genderText));
				}
				if (errors.size() == before) {
					rows.add(new Row(name, stakeholder, gender));
				}
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException ex) {
			throw new ImportRejected(List.of(new RowError(1, "file", "attendance.import.unreadable")));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		if (rows.isEmpty()) {
			throw new ImportRejected(List.of(new RowError(2, "file", "attendance.import.empty")));
		}
		return rows;
	}

	private static Map<String, Integer> columns(CSVRecord header, List<RowError> errors) {
		Map<String, Integer> columns = new java.util.HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String wanted = HEADERS.get(header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
			if (wanted != null) {
				columns.putIfAbsent(wanted, i);
			}
		}
		for (String required : List.of("name", "gender")) {
			if (!columns.containsKey(required)) {
				errors.add(new RowError(1, required, "attendance.import.column.missing", required));
			}
		}
		return columns;
	}

	private static String cell(CSVRecord record, Integer column) {
		return column == null || column >= record.size() ? "" : record.get(column).strip();
	}
}
