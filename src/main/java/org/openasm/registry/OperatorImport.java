package org.openasm.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Operators from a file: every row is read and checked first (the same rules as the form, IDs unique in
 * the file and in the register, districts known), and only a file without a wrong row is written, in one
 * transaction, with multi-row JDBC inserts: at 100,000 rows an entity per row and an audit row each
 * would take minutes, and the import row (who, when, the file and its digest) is the record of what came
 * in. A row whose import key ({@code _uuid}, {@code meta/instanceID}, or else a digest of its cells) is
 * already in the register is skipped, so the same file or submission imported twice adds nothing.
 * <p>
 * Near-identical names are flagged as in the form ({@link NearIdenticalName}), but compared only within
 * blocks of the same kind, district and first two letters of the first and last words (as written or
 * sorted): a slip in those letters goes unseen here, which keeps 100,000 rows to seconds.
 */
@Component
class OperatorImport {

	static final int MAX_ERRORS = 1000;

	static final int CHUNK = 500;

	private static final String COLUMNS = "version, created_at, created_by, updated_at, updated_by, workspace_id, kind, name, name_key, national_id,"
			+ " registration_number, gender, birth_year, citizenship, residence_area_id, phone, review, similar_to_id, import_key";

	private static final int[] TYPES = { Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.BIGINT,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.BIGINT,
			Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR };

	private final JdbcTemplate jdbc;

	private final AdministrativeAreas areas;

	OperatorImport(JdbcTemplate jdbc, AdministrativeAreas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** A checked row, ready to write; {@code similarToId} or {@code similarToKey} (an earlier row of the file) when flagged. */
	record Checked(String importKey, OperatorForm form, String nameKey, Long similarToId, String similarToKey) {
	}

	/** What a valid file will write, and how many rows were already in the register. */
	record Plan(List<Checked> rows, int skipped, int flagged) {
	}

	private record Known(long id, String name, String importKey) {
	}

	private record Candidate(Long id, String importKey, String key, String sorted) {

		Candidate(Long id, String importKey, String key) {
			this(id, importKey, key, NearIdenticalName.sortedWords(key));
		}
	}

	/** Checks every row; throws {@link ImportRejected} listing the wrong ones (the first {@value #MAX_ERRORS}). */
	Plan check(long workspaceId, ImportTable table, Map<String, Integer> given, IntConsumer progress) {
		// Sorted by field, so a row's digest does not depend on the order the mapping was confirmed in.
		Map<String, Integer> mapping = new java.util.TreeMap<>(given);
		Map<String, Known> byNationalId = new HashMap<>();
		Map<String, Known> byRegistration = new HashMap<>();
		Set<String> importKeys = new HashSet<>();
		Map<String, List<Candidate>> blocks = new HashMap<>();
		jdbc.query("select id, kind, name, name_key, national_id, registration_number, residence_area_id, import_key from registry_operator"
				+ " where workspace_id = ?", rs -> {
					long id = rs.getLong(1);
					Known known = new Known(id, rs.getString(3), rs.getString(8));
					if (rs.getString(5) != null) {
						byNationalId.put(rs.getString(5), known);
					}
					if (rs.getString(6) != null) {
						byRegistration.put(rs.getString(6), known);
					}
					if (known.importKey() != null) {
						importKeys.add(known.importKey());
					}
					long area = rs.getLong(7);
					Long areaId = rs.wasNull() ? null : area;
					addToBlocks(blocks, rs.getString(2), areaId, new Candidate(id, null, rs.getString(4)));
				}, workspaceId);
		Map<String, Long> areaIds = areaIndex(workspaceId);
		boolean bounded = mapping.containsKey("location") && areas.hasBoundaries(workspaceId);
		int thisYear = Year.now().getValue();

		List<RowError> errors = new ArrayList<>();
		List<Checked> rows = new ArrayList<>();
		Map<String, Integer> fileNationalIds = new HashMap<>();
		Map<String, Integer> fileRegistrations = new HashMap<>();
		Map<String, Integer> fileKeys = new HashMap<>();
		int skipped = 0;
		int flagged = 0;
		int done = 0;
		for (ImportTable.Line line : table.lines()) {
			if (++done % 1000 == 0) {
				progress.accept(done);
			}
			if (errors.size() >= MAX_ERRORS) {
				break;
			}
			int row = line.row();
			String importKey = importKey(line, mapping);
			if (importKeys.contains(importKey)) {
				skipped++;
				continue;
			}
			Integer earlier = fileKeys.putIfAbsent(importKey, row);
			if (earlier != null) {
				if (importKey.startsWith("row:")) {
					skipped++;
				}
				else {
					errors.add(new RowError(row, header(table, mapping, "import_key"), "registry.import.sameKeyAsRow", importKey, earlier));
				}
				continue;
			}
			int before = errors.size();
			OperatorForm form = form(line, table, mapping, areaIds, bounded, workspaceId, row, errors);
			if (form == null) {
				continue;
			}
			for (OperatorRules.Problem p : OperatorRules.check(form, thisYear)) {
				errors.add(new RowError(row, header(table, mapping, field(p.field())), p.messageKey(), p.args()));
			}
			String nationalId = blankToNull(form.getNationalId());
			if (nationalId != null) {
				duplicate(nationalId, byNationalId, fileNationalIds, row, header(table, mapping, "national_id"), "registry.operator.nationalId.taken",
						errors);
			}
			String registration = blankToNull(form.getRegistrationNumber());
			if (registration != null) {
				duplicate(registration, byRegistration, fileRegistrations, row, header(table, mapping, "registration_number"),
						"registry.operator.registrationNumber.taken", errors);
			}
			if (errors.size() > before) {
				continue;
			}
			String key = Operator.keyOf(form.getName());
			Candidate self = new Candidate(null, importKey, key);
			Candidate similar = null;
			for (String block : blockKeys(form.getKind().name(), form.getResidenceAreaId(), self)) {
				for (Candidate c : blocks.getOrDefault(block, List.of())) {
					if (NearIdenticalName.matches(key, self.sorted(), c.key(), c.sorted())) {
						similar = c;
						break;
					}
				}
				if (similar != null) {
					break;
				}
			}
			addToBlocks(blocks, form.getKind().name(), form.getResidenceAreaId(), self);
			if (similar != null) {
				flagged++;
			}
			rows.add(new Checked(importKey, form, key, similar == null ? null : similar.id(), similar == null ? null : similar.importKey()));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		return new Plan(rows, skipped, flagged);
	}

	/** Writes a checked file in the caller's transaction; returns the number of operators added. */
	int write(long workspaceId, Plan plan, String actor, IntConsumer progress) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Checked> rows = plan.rows();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Checked> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			StringBuilder sql = new StringBuilder("insert into registry_operator (").append(COLUMNS).append(") values ");
			String tuple = "(" + "?,".repeat(TYPES.length - 1) + "?)";
			Object[] args = new Object[chunk.size() * TYPES.length];
			int[] types = new int[args.length];
			int a = 0;
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ",").append(tuple);
				Checked c = chunk.get(i);
				OperatorForm f = c.form();
				boolean flag = c.similarToId() != null || c.similarToKey() != null;
				Object[] values = { 0L, now, actor, now, actor, workspaceId, f.getKind().name(), f.getName().strip(), c.nameKey(),
						blankToNull(f.getNationalId()), blankToNull(f.getRegistrationNumber()), f.getGender() == null ? null : f.getGender().name(),
						f.getBirthYear(), f.getCitizenship() == null ? null : f.getCitizenship().name(), f.getResidenceAreaId(),
						blankToNull(f.getPhone()), flag ? OperatorReview.FLAGGED.name() : OperatorReview.NONE.name(), c.similarToId(),
						c.importKey() };
				System.arraycopy(values, 0, args, a, values.length);
				System.arraycopy(TYPES, 0, types, a, TYPES.length);
				a += values.length;
			}
			jdbc.update(sql.toString(), args, types);
			progress.accept(from + chunk.size());
		}
		if (plan.flagged() > 0) {
			// Flags on earlier rows of the file need those rows' ids, known only now: one read of the ids by key, then one batch by id.
			Map<String, Long> ids = new HashMap<>();
			jdbc.query("select id, import_key from registry_operator where workspace_id = ? and import_key is not null",
					rs -> {
						ids.put(rs.getString(2), rs.getLong(1));
					}, workspaceId);
			List<Object[]> links = rows.stream()
				.filter(c -> c.similarToKey() != null)
				.map(c -> new Object[] { ids.get(c.similarToKey()), ids.get(c.importKey()) })
				.toList();
			jdbc.batchUpdate("update registry_operator set similar_to_id = ? where id = ?", links, new int[] { Types.BIGINT, Types.BIGINT });
		}
		return rows.size();
	}

	private OperatorForm form(ImportTable.Line line, ImportTable table, Map<String, Integer> mapping, Map<String, Long> areaIds, boolean bounded,
			long workspaceId, int row, List<RowError> errors) {
		int before = errors.size();
		OperatorForm form = new OperatorForm();
		String kindText = line.cell(mapping.get("kind"));
		form.setKind(ImportColumns.kind(kindText));
		if (form.getKind() == null) {
			errors.add(new RowError(row, header(table, mapping, "kind"), "registry.import.choice", kindText, "individual, group, company"));
		}
		String name = line.cell(mapping.get("name"));
		if (name.isEmpty()) {
			name = (line.cell(mapping.get("first_name")) + " " + line.cell(mapping.get("last_name"))).strip();
		}
		form.setName(name);
		form.setNationalId(line.cell(mapping.get("national_id")));
		form.setRegistrationNumber(line.cell(mapping.get("registration_number")));
		String genderText = line.cell(mapping.get("gender"));
		if (!genderText.isEmpty()) {
			form.setGender(ImportColumns.gender(genderText));
			if (form.getGender() == null) {
				errors.add(new RowError(row, header(table, mapping, "gender"), "registry.import.choice", genderText, "F, M, other"));
			}
		}
		String yearText = line.cell(mapping.get("birth_year"));
		if (!yearText.isEmpty()) {
			form.setBirthYear(ImportColumns.year(yearText));
			if (form.getBirthYear() == null) {
				errors.add(new RowError(row, header(table, mapping, "birth_year"), "registry.import.year", yearText));
			}
		}
		String citizenshipText = line.cell(mapping.get("citizenship"));
		if (!citizenshipText.isEmpty()) {
			form.setCitizenship(ImportColumns.citizenship(citizenshipText));
			if (form.getCitizenship() == null) {
				errors.add(new RowError(row, header(table, mapping, "citizenship"), "registry.import.choice", citizenshipText,
						"citizen, resident, foreign"));
			}
		}
		String areaText = line.cell(mapping.get("residence_area"));
		if (!areaText.isEmpty()) {
			Long areaId = areaIds.get(Operator.keyOf(areaText));
			if (areaId == null) {
				errors.add(new RowError(row, header(table, mapping, "residence_area"), "registry.import.area", areaText));
			}
			form.setResidenceAreaId(areaId);
		}
		else if (bounded) {
			String location = line.cell(mapping.get("location"));
			if (!location.isEmpty()) {
				form.setResidenceAreaId(locate(workspaceId, location, row, header(table, mapping, "location"), errors));
			}
		}
		form.setPhone(line.cell(mapping.get("phone")));
		for (String[] limit : new String[][] { { "name", "300" }, { "national_id", "60" }, { "registration_number", "60" }, { "phone", "60" } }) {
			String value = switch (limit[0]) {
				case "name" -> form.getName();
				case "national_id" -> form.getNationalId();
				case "registration_number" -> form.getRegistrationNumber();
				default -> form.getPhone();
			};
			if (value != null && value.strip().length() > Integer.parseInt(limit[1])) {
				errors.add(new RowError(row, header(table, mapping, limit[0]), "registry.import.tooLong", Integer.parseInt(limit[1])));
			}
		}
		return errors.size() > before ? null : form;
	}

	/** The district of an ODK geopoint ({@code lat lon alt acc}) or a {@code lon,lat} pair; an error when unreadable or outside every area. */
	private Long locate(long workspaceId, String text, int row, String column, List<RowError> errors) {
		String[] parts = text.strip().split("[\\s,;]+");
		try {
			double a = Double.parseDouble(parts[0]);
			double b = Double.parseDouble(parts[1]);
			// ODK writes latitude first, separated by spaces; a comma pair is read as longitude, latitude.
			boolean odk = !text.contains(",") && !text.contains(";");
			double lon = odk ? b : a;
			double lat = odk ? a : b;
			return areas.locate(workspaceId, lon, lat).map(AreaInfo::id).orElseGet(() -> {
				errors.add(new RowError(row, column, "registry.import.outside", text));
				return null;
			});
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
			errors.add(new RowError(row, column, "registry.import.location", text));
			return null;
		}
	}

	private static void duplicate(String value, Map<String, Known> register, Map<String, Integer> file, int row, String column, String takenKey,
			List<RowError> errors) {
		Known known = register.get(value);
		if (known != null) {
			errors.add(new RowError(row, column, takenKey, value, known.name()));
			return;
		}
		Integer first = file.putIfAbsent(value, row);
		if (first != null) {
			errors.add(new RowError(row, column, "registry.import.sameAsRow", value, first));
		}
	}

	/** Area names, codes and ids (as text), reduced like names, to area id. */
	private Map<String, Long> areaIndex(long workspaceId) {
		Map<String, Long> index = new HashMap<>();
		for (AreaInfo a : areas.of(workspaceId)) {
			index.put(String.valueOf(a.id()), a.id());
			if (a.code() != null) {
				index.putIfAbsent(Operator.keyOf(a.code()), a.id());
			}
			index.putIfAbsent(Operator.keyOf(a.name()), a.id());
		}
		return index;
	}

	private static void addToBlocks(Map<String, List<Candidate>> blocks, String kind, Long areaId, Candidate candidate) {
		for (String block : blockKeys(kind, areaId, candidate)) {
			blocks.computeIfAbsent(block, b -> new ArrayList<>(2)).add(candidate);
		}
	}

	/** The blocks a name key falls in: kind, district and the first two letters of its first and last words, as written and sorted. */
	private static Set<String> blockKeys(String kind, Long areaId, Candidate name) {
		Set<String> keys = new HashSet<>(2);
		String prefix = kind + ":" + areaId + ":";
		keys.add(prefix + ends(name.key()));
		keys.add(prefix + ends(name.sorted()));
		return keys;
	}

	private static String ends(String key) {
		String[] words = key.split(" ");
		String first = words[0];
		String last = words[words.length - 1];
		return first.substring(0, Math.min(2, first.length())) + "|" + last.substring(0, Math.min(2, last.length()));
	}

	/** The row's own key ({@code _uuid}, instance ID) or else {@code row:} and the SHA-256 of its mapped cells. */
	static String importKey(ImportTable.Line line, Map<String, Integer> mapping) {
		String own = line.cell(mapping.get("import_key"));
		if (!own.isEmpty()) {
			return own.length() > 100 ? own.substring(0, 100) : own;
		}
		StringBuilder content = new StringBuilder(128);
		for (Map.Entry<String, Integer> e : mapping.entrySet()) {
			content.append(e.getKey()).append('=').append(line.cell(e.getValue())).append('\u001F');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
			return "row:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The header of the column mapped to a field, as the file writes it; the field's name if none is mapped. */
	static String header(ImportTable table, Map<String, Integer> mapping, String field) {
		Integer column = mapping.get(field);
		return column == null || column >= table.headers().size() ? field : table.headers().get(column);
	}

	/** A form field's name as the import calls it. */
	private static String field(String formField) {
		return switch (formField) {
			case "nationalId" -> "national_id";
			case "registrationNumber" -> "registration_number";
			case "birthYear" -> "birth_year";
			case "residenceAreaId" -> "residence_area";
			default -> formField;
		};
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
