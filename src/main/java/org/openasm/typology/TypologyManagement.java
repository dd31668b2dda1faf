package org.openasm.typology;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openasm.context.SiteGroup;
import org.openasm.context.SiteRegister;
import org.openasm.context.SiteRemoved;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that changes dimensions, site values, types and overrides, each in one transaction and guarded by its rules. */
@Service
class TypologyManagement {

	static final int MAX_IMPORT_ROWS = 100_000;

	private final DimensionRepository dimensions;

	private final SiteValueRepository values;

	private final SectorTypeRepository types;

	private final OverrideRepository overrides;

	private final ScoreRepository scores;

	private final SiteRegister sites;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	TypologyManagement(DimensionRepository dimensions, SiteValueRepository values, SectorTypeRepository types,
			OverrideRepository overrides, ScoreRepository scores, SiteRegister sites, WorkspaceManagement workspaces,
			SubmissionGuard guard) {
		this.dimensions = dimensions;
		this.values = values;
		this.types = types;
		this.overrides = overrides;
		this.scores = scores;
		this.sites = sites;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	/** A removed site takes its override and its values on user-defined dimensions with it, in the same transaction. */
	@EventListener
	void forget(SiteRemoved removed) {
		overrides.findByWorkspaceIdAndSiteId(removed.workspaceId(), removed.siteId()).ifPresent(overrides::delete);
		values.deleteAll(values.findByWorkspaceIdAndSiteId(removed.workspaceId(), removed.siteId()));
	}

	// Dimensions

	@Transactional(readOnly = true)
	List<CustomDimension> dimensions(long workspaceId) {
		return dimensions.findByWorkspaceIdOrderByName(workspaceId);
	}

	@Transactional(readOnly = true)
	CustomDimension dimension(long workspaceId, long dimensionId) {
		return dimensions.findByIdAndWorkspaceId(dimensionId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("TypologyDimension", dimensionId));
	}

	@Transactional(readOnly = true)
	List<SiteValue> values(long workspaceId, long dimensionId) {
		return values.findByDimensionId(dimension(workspaceId, dimensionId).getId());
	}

	@Transactional
	long addDimension(long workspaceId, DimensionForm form) {
		return Long.parseLong(guard.once(form.getToken(), "typology-dimension:" + workspaceId,
				Arrays.asList(form.getName(), form.getValues()), () -> {
					workspaces.get(workspaceId);
					CustomDimension d = new CustomDimension(workspaceId);
					describe(workspaceId, d, form);
					return dimensions.save(d).getId().toString();
				}));
	}

	@Transactional
	void editDimension(long workspaceId, long dimensionId, DimensionForm form) {
		CustomDimension d = dimension(workspaceId, dimensionId);
		d.checkVersion(form.getVersion());
		describe(workspaceId, d, form);
		dimensions.flush();
	}

	/** A dimension a type constrains is kept until the type no longer does; its site values go with it. */
	@Transactional
	void removeDimension(long workspaceId, long dimensionId) {
		CustomDimension d = dimension(workspaceId, dimensionId);
		for (SectorType t : types(workspaceId)) {
			if (t.getAccepted().containsKey(d.key())) {
				throw new DomainRuleViolation(null, "typology.dimension.inUse", d.getName(), t.getName());
			}
		}
		values.deleteAll(values.findByDimensionId(dimensionId));
		values.flush();
		dimensions.delete(d);
	}

	private void describe(long workspaceId, CustomDimension d, DimensionForm form) {
		String name = form.getName().strip();
		if (dimensions(workspaceId).stream().anyMatch(o -> !o.getId().equals(d.getId()) && o.getName().equalsIgnoreCase(name))
				|| Dimensions.builtIn(name.toLowerCase(Locale.ROOT)) != null) {
			throw new DomainRuleViolation("name", "typology.dimension.name.taken", name);
		}
		List<String> list = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String raw : form.getValues()) {
			String v = raw == null ? "" : raw.strip();
			if (v.isEmpty()) {
				continue;
			}
			if (v.length() > 100 || v.contains("|") || v.contains("=")) {
				throw new DomainRuleViolation("values", "typology.dimension.value.invalid", v);
			}
			if (!seen.add(v.toLowerCase(Locale.ROOT))) {
				throw new DomainRuleViolation("values", "typology.dimension.value.twice", v);
			}
			list.add(v);
		}
		if (list.isEmpty()) {
			throw new DomainRuleViolation("values", "typology.dimension.values.required");
		}
		if (d.getId() != null) {
			for (String old : d.getValues()) {
				if (!list.contains(old)) {
					long used = values.countByDimensionIdAndValue(d.getId(), old);
					if (used > 0) {
						throw new DomainRuleViolation("values", "typology.dimension.value.usedBySites", old, used);
					}
					for (SectorType t : types(workspaceId)) {
						if (t.getAccepted().getOrDefault(d.key(), Set.of()).contains(old)) {
							throw new DomainRuleViolation("values", "typology.dimension.value.usedByType", old, t.getName());
						}
					}
				}
			}
		}
		d.describe(name, list);
	}

	/** Sets (or with a blank value clears) a site's value on a dimension; changing a value needs its version. */
	@Transactional
	void setValue(long workspaceId, long dimensionId, SiteValueForm form) {
		CustomDimension d = dimension(workspaceId, dimensionId);
		siteName(workspaceId, form.getSiteId());
		Optional<SiteValue> existing = values.findByDimensionIdAndSiteId(dimensionId, form.getSiteId());
		String value = form.getValue() == null ? "" : form.getValue().strip();
		if (existing.isPresent()) {
			existing.get().checkVersion(form.getVersion());
		}
		if (value.isEmpty()) {
			existing.ifPresent(values::delete);
			return;
		}
		String allowed = allowed(d, value);
		if (allowed == null) {
			throw new DomainRuleViolation("value", "typology.value.unknown", value, d.getName());
		}
		SiteValue v = existing.orElseGet(() -> new SiteValue(workspaceId, dimensionId, form.getSiteId()));
		v.set(allowed);
		values.saveAndFlush(v);
	}

	/** What an import did: values set (new or changed) and rows that already said what was recorded. */
	record Imported(int set, int unchanged) {
	}

	/**
	 * Sets sites' values on a dimension from a CSV file (columns {@code site_id} and {@code value},
	 * comma or semicolon): every row is checked first and one wrong row refuses the whole file.
	 */
	@Transactional
	Imported importValues(long workspaceId, long dimensionId, Reader csv) {
		CustomDimension d = dimension(workspaceId, dimensionId);
		List<CSVRecord> records = records(csv);
		Map<String, Integer> columns = new HashMap<>();
		CSVRecord header = records.get(0);
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_'), i);
		}
		List<RowError> errors = new ArrayList<>();
		for (String column : List.of("site_id", "value")) {
			if (!columns.containsKey(column)) {
				errors.add(new RowError(1, column, "typology.import.column.missing", column));
			}
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		if (records.size() - 1 > MAX_IMPORT_ROWS) {
			throw new ImportRejected(List.of(new RowError(MAX_IMPORT_ROWS + 2, "file", "typology.import.tooMany", MAX_IMPORT_ROWS)));
		}
		Map<Long, String> wanted = new LinkedHashMap<>();
		Map<Long, Integer> rowOf = new HashMap<>();
		for (int i = 1; i < records.size(); i++) {
			CSVRecord r = records.get(i);
			int row = i + 1;
			String idText = cell(r, columns.get("site_id"));
			String value = cell(r, columns.get("value"));
			Long id = null;
			try {
				id = Long.valueOf(idText);
			}
			catch (NumberFormatException ex) {
				errors.add(new RowError(row, "site_id", "typology.import.siteId.invalid", idText));
			}
			String allowed = allowed(d, value);
			if (value.isEmpty()) {
				errors.add(new RowError(row, "value", "typology.import.value.missing"));
			}
			else if (allowed == null) {
				errors.add(new RowError(row, "value", "typology.value.unknown", value, d.getName()));
			}
			if (id != null) {
				if (rowOf.containsKey(id)) {
					errors.add(new RowError(row, "site_id", "typology.import.siteId.twice", id, rowOf.get(id)));
				}
				else {
					rowOf.put(id, row);
					wanted.put(id, allowed);
				}
			}
		}
		Set<Long> known = new HashSet<>();
		sites.groups(workspaceId, wanted.keySet()).stream().map(SiteGroup::siteId).filter(x -> x != null).forEach(known::add);
		wanted.keySet().stream().filter(id -> !known.contains(id))
			.forEach(id -> errors.add(new RowError(rowOf.get(id), "site_id", "typology.import.siteId.unknown", id)));
		if (!errors.isEmpty()) {
			errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
			throw new ImportRejected(errors);
		}
		Map<Long, SiteValue> existing = new HashMap<>();
		values.findByDimensionId(dimensionId).forEach(v -> existing.put(v.getSiteId(), v));
		int set = 0;
		int unchanged = 0;
		for (Map.Entry<Long, String> e : wanted.entrySet()) {
			SiteValue v = existing.get(e.getKey());
			if (v != null && v.getValue().equals(e.getValue())) {
				unchanged++;
				continue;
			}
			if (v == null) {
				v = new SiteValue(workspaceId, dimensionId, e.getKey());
			}
			v.set(e.getValue());
			values.save(v);
			set++;
		}
		values.flush();
		return new Imported(set, unchanged);
	}

	private static List<CSVRecord> records(Reader csv) {
		String text;
		try {
			StringBuilder sb = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n; (n = csv.read(buffer)) > 0;) {
				sb.append(buffer, 0, n);
			}
			text = sb.toString().replace("\uFEFF", "");
		}
		catch (IOException ex) {
			throw new ImportRejected(List.of(new RowError(1, "file", "typology.import.unreadable")));
		}
		String first = text.lines().findFirst().orElse("");
		if (first.isBlank()) {
			throw new ImportRejected(List.of(new RowError(1, "file", "typology.import.empty")));
		}
		char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			return parser.getRecords();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new ImportRejected(List.of(new RowError(1, "file", "typology.import.unreadable")));
		}
	}

	private static String cell(CSVRecord r, int column) {
		return column < r.size() ? r.get(column).strip() : "";
	}

	/** The dimension's value matching {@code value} (ignoring case), or null. */
	private static String allowed(CustomDimension d, String value) {
		return d.getValues().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst().orElse(null);
	}

	/** The name of a site of the workspace, or not found. */
	@Transactional(readOnly = true)
	String siteName(long workspaceId, Long siteId) {
		if (siteId == null) {
			throw new DomainRuleViolation("siteId", "typology.site.unknown", "");
		}
		return sites.groups(workspaceId, List.of(siteId))
			.stream()
			.filter(g -> siteId.equals(g.siteId()))
			.map(SiteGroup::siteName)
			.findFirst()
			.orElseThrow(() -> new DomainRuleViolation("siteId", "typology.site.unknown", siteId));
	}

	// Types

	@Transactional(readOnly = true)
	List<SectorType> types(long workspaceId) {
		return types.findByWorkspaceIdOrderByName(workspaceId);
	}

	@Transactional(readOnly = true)
	SectorType type(long workspaceId, long typeId) {
		return types.findByIdAndWorkspaceId(typeId, workspaceId).orElseThrow(() -> new RecordNotFoundException("SectorType", typeId));
	}

	@Transactional
	long addType(long workspaceId, TypeForm form) {
		return Long.parseLong(guard.once(form.getToken(), "typology-type:" + workspaceId,
				Arrays.asList(form.getName(), form.getDescription(), Dimensions.encode(asSets(form.getAccepted()))), () -> {
					workspaces.get(workspaceId);
					SectorType t = new SectorType(workspaceId);
					describe(workspaceId, t, form);
					return types.save(t).getId().toString();
				}));
	}

	@Transactional
	void editType(long workspaceId, long typeId, TypeForm form) {
		SectorType t = type(workspaceId, typeId);
		t.checkVersion(form.getVersion());
		describe(workspaceId, t, form);
		types.flush();
	}

	/** A type goes with its scores; one that overrides put sites in is kept until the overrides are removed. */
	@Transactional
	void removeType(long workspaceId, long typeId) {
		SectorType t = type(workspaceId, typeId);
		if (!overrides.findByType(t).isEmpty()) {
			throw new DomainRuleViolation(null, "typology.type.hasOverrides", t.getName(), overrides.findByType(t).size());
		}
		scores.deleteAll(scores.findByTypeId(typeId));
		scores.flush();
		types.delete(t);
	}

	/**
	 * Every key must be a dimension (one of the four or a user-defined one of this workspace) and every
	 * value one that dimension takes; the refusal names the dimension and the value.
	 */
	private void describe(long workspaceId, SectorType t, TypeForm form) {
		String name = form.getName().strip();
		if (types(workspaceId).stream().anyMatch(o -> !o.getId().equals(t.getId()) && o.getName().equalsIgnoreCase(name))) {
			throw new DomainRuleViolation("name", "typology.type.name.taken", name);
		}
		Map<Long, CustomDimension> custom = new HashMap<>();
		dimensions(workspaceId).forEach(d -> custom.put(d.getId(), d));
		Map<String, Set<String>> accepted = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> e : form.getAccepted().entrySet()) {
			String key = e.getKey();
			String field = "accepted[" + key + "]";
			List<String> allowed;
			Dimensions.BuiltIn builtIn = Dimensions.builtIn(key);
			Long customId = Dimensions.customId(key);
			if (builtIn != null) {
				allowed = builtIn.accepted();
			}
			else if (customId != null && custom.containsKey(customId)) {
				allowed = custom.get(customId).getValues();
			}
			else {
				throw new DomainRuleViolation(field, "typology.type.dimension.unknown", key);
			}
			Set<String> set = new LinkedHashSet<>();
			for (String value : e.getValue() == null ? List.<String>of() : e.getValue()) {
				if (value == null || value.isBlank()) {
					continue;
				}
				String match = allowed.stream().filter(a -> a.equalsIgnoreCase(value.strip())).findFirst()
					.orElseThrow(() -> new DomainRuleViolation(field, "typology.type.value.unknown", value, key));
				set.add(match);
			}
			if (!set.isEmpty()) {
				accepted.put(key, set);
			}
		}
		t.describe(name, form.getDescription(), accepted);
	}

	private static Map<String, Set<String>> asSets(Map<String, List<String>> accepted) {
		Map<String, Set<String>> sets = new LinkedHashMap<>();
		accepted.forEach((k, v) -> sets.put(k, v == null ? Set.of() : new LinkedHashSet<>(v)));
		return sets;
	}

	// Overrides

	@Transactional(readOnly = true)
	List<TypeOverride> overrides(long workspaceId) {
		return overrides.findByWorkspaceIdOrderById(workspaceId);
	}

	@Transactional(readOnly = true)
	TypeOverride override(long workspaceId, long overrideId) {
		return overrides.findByIdAndWorkspaceId(overrideId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("TypeOverride", overrideId));
	}

	/** Puts a site in a type by hand; a site already overridden is moved (its earlier override replaced). */
	@Transactional
	long addOverride(long workspaceId, OverrideForm form) {
		return Long.parseLong(guard.once(form.getToken(), "typology-override:" + workspaceId,
				Arrays.asList(form.getSiteId(), form.getTypeId(), form.getReason()), () -> {
					siteName(workspaceId, form.getSiteId());
					SectorType type = types.findByIdAndWorkspaceId(form.getTypeId(), workspaceId)
						.orElseThrow(() -> new DomainRuleViolation("typeId", "typology.override.type.unknown", form.getTypeId()));
					TypeOverride o = overrides.findByWorkspaceIdAndSiteId(workspaceId, form.getSiteId())
						.orElseGet(() -> new TypeOverride(workspaceId, form.getSiteId()));
					o.set(type, form.getReason());
					return overrides.saveAndFlush(o).getId().toString();
				}));
	}

	@Transactional
	void removeOverride(long workspaceId, long overrideId) {
		overrides.delete(override(workspaceId, overrideId));
	}
}
