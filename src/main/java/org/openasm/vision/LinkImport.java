package org.openasm.vision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;

/**
 * Reads a CSV of site–technique links: a column {@code site} (a site's name or id) and a column
 * {@code technique} (a technique's code or name), comma- or semicolon-separated, header first. Every
 * row is checked; any wrong one refuses the whole file with one error per wrong cell. A site name two
 * sites share must be given by id.
 */
final class LinkImport {

	static final int MAX_ROWS = 20000;

	/** One checked row: the link it asks for. */
	record Link(int row, long techniqueId, long siteId) {
	}

	/** What a name or id in the file resolves to: one id, none, or several (ambiguous). */
	interface Resolver extends Function<String, List<Long>> {
	}

	private static final Map<String, String> HEADERS = Map.of("site", "site", "technique", "technique", "technique code",
			"technique", "site name", "site", "site id", "site");

	private LinkImport() {
	}

	static List<Link> read(byte[] file, Resolver sites, Resolver techniques) {
		String text = new String(file == null ? new byte[0] : file, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			throw new ImportRejected(List.of(new RowError(1, "file", "vision.import.empty")));
		}
		char delimiter = lines.get(0).chars().filter(c -> c == ';').count() > lines.get(0).chars().filter(c -> c == ',').count() ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		List<RowError> errors = new ArrayList<>();
		List<Link> links = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(String.join("\n", lines), format)) {
			List<CSVRecord> records = parser.getRecords();
			Map<String, Integer> columns = new HashMap<>();
			CSVRecord header = records.get(0);
			for (int i = 0; i < header.size(); i++) {
				String wanted = HEADERS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
				if (wanted != null) {
					columns.putIfAbsent(wanted, i);
				}
			}
			for (String required : List.of("site", "technique")) {
				if (!columns.containsKey(required)) {
					errors.add(new RowError(1, required, "vision.import.column.missing", required));
				}
			}
			if (!errors.isEmpty()) {
				throw new ImportRejected(errors);
			}
			if (records.size() - 1 > MAX_ROWS) {
				throw new ImportRejected(List.of(new RowError(MAX_ROWS + 2, "file", "vision.import.tooMany", MAX_ROWS)));
			}
			Set<String> inFile = new LinkedHashSet<>();
			for (int i = 1; i < records.size(); i++) {
				CSVRecord record = records.get(i);
				int row = i + 1;
				String site = cell(record, columns.get("site"));
				String technique = cell(record, columns.get("technique"));
				if (site.isEmpty() && technique.isEmpty()) {
					continue;
				}
				Long siteId = resolve(row, "site", site, sites, errors);
				Long techniqueId = resolve(row, "technique", technique, techniques, errors);
				if (siteId != null && techniqueId != null) {
					if (!inFile.add(techniqueId + ":" + siteId)) {
						errors.add(new RowError(row, "site", "vision.import.twice", site, technique));
					}
					else {
						links.add(new Link(row, techniqueId, siteId));
					}
				}
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException ex) {
			throw new ImportRejected(List.of(new RowError(1, "file", "vision.import.unreadable")));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		if (links.isEmpty()) {
			throw new ImportRejected(List.of(new RowError(2, "file", "vision.import.empty")));
		}
		return links;
	}

	private static Long resolve(int row, String column, String value, Resolver resolver, List<RowError> errors) {
		if (value.isEmpty()) {
			errors.add(new RowError(row, column, "vision.import." + column + ".missing"));
			return null;
		}
		List<Long> found = resolver.apply(value);
		if (found.isEmpty()) {
			errors.add(new RowError(row, column, "vision.import." + column + ".unknown", value));
			return null;
		}
		if (found.size() > 1) {
			errors.add(new RowError(row, column, "vision.import." + column + ".ambiguous", value));
			return null;
		}
		return found.get(0);
	}

	private static String cell(CSVRecord record, Integer column) {
		return column == null || column >= record.size() ? "" : record.get(column).strip();
	}
}
