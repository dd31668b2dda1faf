package org.openasm.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.openasm.context.Commodity;
import org.openasm.geo.GeoJson;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licences from an earlier cadastre's register (CSV or XLSX with the area as WKT or a GeoJSON geometry,
 * or GeoJSON polygon features). Under the registry settings lock, with the spatial index refreshed
 * (so it is exactly the database), every row is checked: a number no licence has, a registered holder
 * (national ID or registration number), a category and commodity that exist, dates in order, a valid
 * polygon ({@link AreaInput}, {@link ValidGeometry}), and, for a licence that holds ground, no overlap
 * with a licence holding ground nor with another such row of the file. Only then is every licence
 * written, each with the next spatial_seq and an IMPORTED event. A row whose import key or number is
 * already in the register with that key is skipped.
 */
@Component
class LicenceImport {

	private final LicenceRepository licences;

	private final LicenceEventRepository events;

	private final LicenceCategoryRepository categories;

	private final RegistrySettings settings;

	private final SpatialIndex index;

	private final JdbcTemplate jdbc;

	LicenceImport(LicenceRepository licences, LicenceEventRepository events, LicenceCategoryRepository categories, RegistrySettings settings,
			SpatialIndex index, JdbcTemplate jdbc) {
		this.licences = licences;
		this.events = events;
		this.categories = categories;
		this.settings = settings;
		this.index = index;
		this.jdbc = jdbc;
	}

	private record Row(String importKey, String number, long holderId, long categoryId, Commodity commodity, Footprint area, LocalDate startsOn,
			LocalDate endsOn, LicenceStatus status) {
	}

	/** Checks and writes the file in the caller's transaction; returns added, skipped and 0. */
	@Transactional(propagation = Propagation.MANDATORY)
	int[] run(long workspaceId, ImportTable table, Map<String, Integer> given, String actor, IntConsumer checking, IntConsumer writing) {
		Map<String, Integer> mapping = new java.util.TreeMap<>(given);
		RegistrySetting setting = settings.lock(workspaceId);
		index.refresh(workspaceId);
		Map<String, Long> holders = new HashMap<>();
		jdbc.query("select id, national_id, registration_number from registry_operator where workspace_id = ?", rs -> {
			if (rs.getString(2) != null) {
				holders.putIfAbsent(rs.getString(2), rs.getLong(1));
			}
			if (rs.getString(3) != null) {
				holders.putIfAbsent(rs.getString(3), rs.getLong(1));
			}
		}, workspaceId);
		Set<String> numbers = new HashSet<>(jdbc.queryForList("select number from registry_licence where workspace_id = ?", String.class, workspaceId));
		Set<String> importKeys = new HashSet<>(
				jdbc.queryForList("select import_key from registry_licence where workspace_id = ? and import_key is not null", String.class, workspaceId));
		Map<String, Long> categoryIds = new HashMap<>();
		categories.findByWorkspaceIdOrderByNameAscIdAsc(workspaceId).forEach(c -> categoryIds.put(Operator.keyOf(c.getName()), c.getId()));
		LocalDate today = LocalDate.now();

		List<RowError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> fileNumbers = new HashMap<>();
		// Queried while it grows, so a plain list of envelopes rather than an STR-tree (which is built once).
		org.locationtech.jts.index.quadtree.Quadtree fileAreas = new org.locationtech.jts.index.quadtree.Quadtree();
		int skipped = 0;
		int done = 0;
		for (ImportTable.Line line : table.lines()) {
			if (++done % 500 == 0) {
				checking.accept(done);
			}
			if (errors.size() >= OperatorImport.MAX_ERRORS) {
				break;
			}
			int row = line.row();
			String importKey = OperatorImport.importKey(line, mapping);
			if (importKeys.contains(importKey)) {
				skipped++;
				continue;
			}
			int before = errors.size();
			String number = line.cell(mapping.get("number"));
			String numberColumn = OperatorImport.header(table, mapping, "number");
			if (number.isEmpty()) {
				errors.add(new RowError(row, numberColumn, "registry.import.missing"));
			}
			else if (number.length() > 30) {
				errors.add(new RowError(row, numberColumn, "registry.import.tooLong", 30));
			}
			else if (numbers.contains(number)) {
				errors.add(new RowError(row, numberColumn, "registry.import.licence.numberTaken", number));
			}
			else if (fileNumbers.putIfAbsent(number, row) != null) {
				errors.add(new RowError(row, numberColumn, "registry.import.sameAsRow", number, fileNumbers.get(number)));
			}
			String holderText = line.cell(mapping.get("holder"));
			Long holderId = holders.get(holderText);
			if (holderId == null) {
				errors.add(new RowError(row, OperatorImport.header(table, mapping, "holder"), "registry.import.licence.holder", holderText));
			}
			String categoryText = line.cell(mapping.get("category"));
			Long categoryId = categoryIds.get(Operator.keyOf(categoryText));
			if (categoryId == null) {
				errors.add(new RowError(row, OperatorImport.header(table, mapping, "category"), "registry.import.licence.category", categoryText));
			}
			String commodityText = line.cell(mapping.get("commodity"));
			Commodity commodity = constant(Commodity.class, commodityText);
			if (commodity == null) {
				errors.add(new RowError(row, OperatorImport.header(table, mapping, "commodity"), "registry.import.choice", commodityText,
						names(Commodity.class)));
			}
			LocalDate startsOn = date(line, table, mapping, "starts_on", row, errors);
			LocalDate endsOn = date(line, table, mapping, "ends_on", row, errors);
			if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
				errors.add(new RowError(row, OperatorImport.header(table, mapping, "ends_on"), "registry.import.licence.endsBeforeStart"));
			}
			LicenceStatus status = null;
			String statusText = line.cell(mapping.get("status"));
			if (statusText.isEmpty()) {
				status = endsOn != null && endsOn.isBefore(today) ? LicenceStatus.EXPIRED : LicenceStatus.ACTIVE;
			}
			else {
				status = constant(LicenceStatus.class, statusText);
				if (status == null) {
					errors.add(new RowError(row, OperatorImport.header(table, mapping, "status"), "registry.import.choice", statusText,
							names(LicenceStatus.class)));
				}
			}
			String geometryColumn = OperatorImport.header(table, mapping, "geometry");
			Geometry area = area(line.cell(mapping.get("geometry")), row, geometryColumn, errors);
			if (area != null && status != null && status.holdsGround()) {
				for (SpatialIndex.Hit hit : index.overlapping(workspaceId, area, Set.of(SpatialIndex.Kind.LICENCE))) {
					errors.add(new RowError(row, geometryColumn, "registry.import.licence.overlaps", hit.label()));
				}
				for (Object candidate : fileAreas.query(area.getEnvelopeInternal())) {
					Object[] other = (Object[]) candidate;
					Geometry g = (Geometry) other[1];
					if (area.intersects(g) && area.relate(g, "T********")) {
						errors.add(new RowError(row, geometryColumn, "registry.import.licence.overlapsRow", other[0]));
					}
				}
			}
			if (errors.size() > before) {
				continue;
			}
			if (status.holdsGround()) {
				// Only rows that will be written hold ground against later rows.
				fileAreas.insert(area.getEnvelopeInternal(), new Object[] { row, area });
			}
			rows.add(new Row(importKey, number, holderId, categoryId, commodity, Footprint.of(area), startsOn, endsOn, status));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		Instant now = Instant.now();
		int written = 0;
		for (Row r : rows) {
			Licence licence = new Licence(workspaceId, r.number(), null, r.holderId(), r.categoryId(), r.commodity(), r.area(), r.startsOn(),
					r.endsOn(), null, setting.nextSpatialSeq());
			if (r.status() != LicenceStatus.ACTIVE) {
				licence.changeStatus(r.status(), setting.nextSpatialSeq());
			}
			licence.importedAs(r.importKey());
			licences.save(licence);
			events.save(new LicenceEvent(licence, LicenceEventKind.IMPORTED, now, actor, null, null));
			if (++written % 200 == 0) {
				licences.flush();
				writing.accept(written);
			}
		}
		licences.flush();
		return new int[] { rows.size(), skipped, 0 };
	}

	/** WKT ({@code POLYGON ((…))}), or what {@link AreaInput} reads (a GeoJSON geometry or feature, typed corners); then valid. */
	private static Geometry area(String text, int row, String column, List<RowError> errors) {
		if (text.isEmpty()) {
			errors.add(new RowError(row, column, "registry.import.missing"));
			return null;
		}
		Geometry area;
		try {
			String upper = text.stripLeading().toUpperCase(Locale.ROOT);
			if (upper.startsWith("POLYGON") || upper.startsWith("MULTIPOLYGON")) {
				area = new WKTReader(GeoJson.FACTORY).read(text);
			}
			else {
				area = AreaInput.read(text);
			}
		}
		catch (ParseException ex) {
			errors.add(new RowError(row, column, "registry.import.licence.wkt", ex.getMessage()));
			return null;
		}
		catch (DomainRuleViolation ex) {
			errors.add(new RowError(row, column, ex.messageKey(), ex.args()));
			return null;
		}
		CheckResult valid = ValidGeometry.check(area);
		if (!valid.passed()) {
			errors.add(new RowError(row, column, valid.messageKey(), valid.args()));
			return null;
		}
		return area;
	}

	private static LocalDate date(ImportTable.Line line, ImportTable table, Map<String, Integer> mapping, String field, int row,
			List<RowError> errors) {
		String text = line.cell(mapping.get(field));
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			errors.add(new RowError(row, OperatorImport.header(table, mapping, field), "registry.import.date", text));
			return null;
		}
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String text) {
		String t = ImportColumns.normalise(text);
		for (E e : type.getEnumConstants()) {
			if (ImportColumns.normalise(e.name()).equals(t)) {
				return e;
			}
		}
		return null;
	}

	private static String names(Class<? extends Enum<?>> type) {
		return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}
}
