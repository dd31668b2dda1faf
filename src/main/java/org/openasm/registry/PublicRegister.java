package org.openasm.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.openasm.context.Commodity;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.GeoJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public register of licences (EITI Requirement 2.3): number, category, commodity, status, dates,
 * area, district and, where the workspace's law allows ({@link RegistrySetting#isHolderNamesPublic}),
 * the holder's name. Nothing else about operators is public. Read with plain SQL, a page or a map view
 * at a time; the exports are written row by row to the response in batches of {@value #BATCH} read by
 * id (keyset), so an export of 100,000 licences holds no more than one batch in memory on any database.
 */
@Component
class PublicRegister {

	static final int PAGE_SIZE = 50;

	static final int MAP_CAP = 500;

	static final int BATCH = 1000;

	/** A licence as the public sees it; {@code holder} is null when holder names are not public. */
	record Row(long id, String number, String category, Commodity commodity, LicenceStatus status, LocalDate startsOn, LocalDate endsOn,
			BigDecimal areaHectares, double centreLon, double centreLat, String holder, String district) {

		Row inDistrict(String name) {
			return new Row(id, number, category, commodity, status, startsOn, endsOn, areaHectares, centreLon, centreLat, holder, name);
		}
	}

	/** What the public may filter on; null means any. */
	record Filter(LicenceStatus status, Long categoryId, Commodity commodity) {

		static final Filter ANY = new Filter(null, null, null);
	}

	/** One page of the register. */
	record PageOf(List<Row> rows, long total, int page, int pages) {
	}

	/** The GeoJSON of a map view and whether licences were left out (more than the cap in view). */
	record MapView(String geoJson, int shown, boolean truncated) {
	}

	private final JdbcTemplate jdbc;

	private final RegistrySettings settings;

	private final AdministrativeAreas areas;

	private final TransactionTemplate readOnly;

	PublicRegister(JdbcTemplate jdbc, RegistrySettings settings, AdministrativeAreas areas, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(BATCH);
		this.settings = settings;
		this.areas = areas;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** The workspaces that have at least one licence, which is what makes a register worth showing. */
	List<Long> workspacesWithRegister() {
		return jdbc.queryForList("select distinct workspace_id from registry_licence order by workspace_id", Long.class);
	}

	boolean holderNamesPublic(long workspaceId) {
		return settings.read(workspaceId).isHolderNamesPublic();
	}

	PageOf page(long workspaceId, Filter filter, int page) {
		boolean names = holderNamesPublic(workspaceId);
		List<Object> args = new ArrayList<>();
		String where = where(workspaceId, filter, args);
		long total = jdbc.queryForObject("select count(*) from registry_licence l where " + where, Long.class, args.toArray());
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		args.add(PAGE_SIZE);
		args.add((current - 1) * PAGE_SIZE);
		// The page's ids first, from the licence table alone and ordered as its (workspace, number) index is, so
		// the database walks the index instead of sorting the whole workspace (H2: 0.1 ms against 80); then their rows.
		String ids = "select x.id from registry_licence x where " + where.replace("l.", "x.") + " order by x.workspace_id, x.number limit ? offset ?";
		List<Row> rows = jdbc.query(selectPage(names) + " where l.id in (" + ids + ") order by l.number", (rs, n) -> row(rs, names),
				args.toArray());
		List<Row> located = rows.stream()
			.map(r -> r.inDistrict(areas.locate(workspaceId, r.centreLon(), r.centreLat()).map(a -> a.name()).orElse(null)))
			.toList();
		return new PageOf(located, total, current, pages);
	}

	/** The box around the centres of these licences, a little wider, as {@code [minLon, minLat, maxLon, maxLat]}; null when there are none. */
	static double[] extentOf(List<Row> rows) {
		if (rows.isEmpty()) {
			return null;
		}
		double[] box = { 180, 90, -180, -90 };
		for (Row r : rows) {
			box[0] = Math.min(box[0], r.centreLon());
			box[1] = Math.min(box[1], r.centreLat());
			box[2] = Math.max(box[2], r.centreLon());
			box[3] = Math.max(box[3], r.centreLat());
		}
		double margin = 0.01;
		return new double[] { box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin };
	}

	/** The licences whose envelope meets the box, largest first, at most {@value #MAP_CAP}. */
	MapView map(long workspaceId, double minLon, double minLat, double maxLon, double maxLat, Filter filter) {
		boolean names = holderNamesPublic(workspaceId);
		List<Object> args = new ArrayList<>();
		String where = where(workspaceId, filter, args) + " and l.max_lon >= ? and l.min_lon <= ? and l.max_lat >= ? and l.min_lat <= ?";
		args.addAll(List.of(minLon, maxLon, minLat, maxLat));
		args.add(MAP_CAP + 1);
		StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		int[] count = { 0 };
		jdbc.query(select(names) + ", l.boundary from registry_licence l" + joins(names) + " where " + where
				+ " order by l.area_hectares desc, l.id limit ?", rs -> {
					if (count[0] < MAP_CAP) {
						if (count[0] > 0) {
							out.append(',');
						}
						feature(out, row(rs, names), rs.getString("boundary"));
					}
					count[0]++;
				}, args.toArray());
		boolean truncated = count[0] > MAP_CAP;
		int shown = Math.min(count[0], MAP_CAP);
		out.append("],\"truncated\":").append(truncated).append(",\"shown\":").append(shown).append('}');
		return new MapView(out.toString(), shown, truncated);
	}

	static final String CSV_HEADER = "number,category,commodity,status,starts_on,ends_on,area_hectares,district,centre_longitude,centre_latitude,boundary_wkt";

	/** The whole register as CSV (RFC 4180, UTF-8), written as it is read. */
	void exportCsv(long workspaceId, OutputStream out) {
		boolean names = holderNamesPublic(workspaceId);
		Districts districts = Districts.of(areas, workspaceId);
		Writer w = writer(out);
		write(w, CSV_HEADER + (names ? ",holder" : "") + "\r\n");
		each(workspaceId, names, (row, boundary) -> {
			String district = districts.nameAt(row.centreLon(), row.centreLat());
			StringBuilder line = new StringBuilder(256 + boundary.length());
			line.append(csv(row.number())).append(',').append(csv(row.category())).append(',').append(row.commodity()).append(',')
				.append(row.status()).append(',').append(row.startsOn()).append(',').append(row.endsOn()).append(',')
				.append(row.areaHectares().toPlainString()).append(',').append(csv(district)).append(',')
				.append(String.format(Locale.ROOT, "%.6f,%.6f", row.centreLon(), row.centreLat())).append(',').append(csv(boundary));
			if (names) {
				line.append(',').append(csv(row.holder()));
			}
			write(w, line.append("\r\n").toString());
		});
		flush(w);
	}

	/** The whole register as a GeoJSON FeatureCollection, written as it is read. */
	void exportGeoJson(long workspaceId, OutputStream out) {
		boolean names = holderNamesPublic(workspaceId);
		Districts districts = Districts.of(areas, workspaceId);
		Writer w = writer(out);
		write(w, "{\"type\":\"FeatureCollection\",\"features\":[\n");
		boolean[] first = { true };
		each(workspaceId, names, (row, boundary) -> {
			StringBuilder f = new StringBuilder(256 + boundary.length());
			if (!first[0]) {
				f.append(",\n");
			}
			first[0] = false;
			feature(f, row.inDistrict(districts.nameAt(row.centreLon(), row.centreLat())), boundary);
			write(w, f.toString());
		});
		write(w, "\n]}\n");
		flush(w);
	}

	private interface RowWriter {

		void write(Row row, String boundary);
	}

	/**
	 * Every licence of the workspace by id, {@value #BATCH} at a time, each batch a fresh query after the
	 * last id seen. {@code workspace_id + 0} keeps the databases off the workspace indexes, whose rows come
	 * out of id order (H2 then sorted the whole workspace for each batch: 130 ms a batch at 100,000
	 * licences); the primary key walks ids in order and the batch stops at {@value #BATCH} rows of this workspace.
	 */
	private void each(long workspaceId, boolean names, RowWriter writer) {
		readOnly.executeWithoutResult(status -> {
			long[] last = { 0 };
			int[] read = { BATCH };
			while (read[0] == BATCH) {
				read[0] = 0;
				jdbc.query(select(names) + ", l.boundary from registry_licence l" + joins(names)
						+ " where l.workspace_id + 0 = ? and l.id > ? order by l.id limit ?", rs -> {
							Row row = row(rs, names);
							writer.write(row, rs.getString("boundary"));
							last[0] = row.id();
							read[0]++;
						}, workspaceId, last[0], BATCH);
			}
		});
	}

	private static String select(boolean names) {
		return "select l.id, l.number, c.name as category, l.commodity, l.status, l.starts_on, l.ends_on, l.area_hectares, l.min_lon, l.min_lat,"
				+ " l.max_lon, l.max_lat" + (names ? ", o.name as holder" : "");
	}

	private static String joins(boolean names) {
		return " join registry_licence_category c on c.id = l.category_id" + (names ? " join registry_operator o on o.id = l.holder_id" : "");
	}

	/** The page query reads from the joined tables; its select list is completed here. */
	private static String selectPage(boolean names) {
		return select(names) + " from registry_licence l" + joins(names);
	}

	private static String where(long workspaceId, Filter filter, List<Object> args) {
		StringBuilder where = new StringBuilder("l.workspace_id = ?");
		args.add(workspaceId);
		if (filter.status() != null) {
			where.append(" and l.status = ?");
			args.add(filter.status().name());
		}
		if (filter.categoryId() != null) {
			where.append(" and l.category_id = ?");
			args.add(filter.categoryId());
		}
		if (filter.commodity() != null) {
			where.append(" and l.commodity = ?");
			args.add(filter.commodity().name());
		}
		return where.toString();
	}

	private static Row row(ResultSet rs, boolean names) throws SQLException {
		double centreLon = (rs.getDouble("min_lon") + rs.getDouble("max_lon")) / 2;
		double centreLat = (rs.getDouble("min_lat") + rs.getDouble("max_lat")) / 2;
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getString("category"), Commodity.valueOf(rs.getString("commodity")),
				LicenceStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getBigDecimal("area_hectares"), centreLon, centreLat, names ? rs.getString("holder") : null, null);
	}

	private static void feature(StringBuilder out, Row row, String boundary) {
		out.append("{\"type\":\"Feature\",\"properties\":{\"number\":").append(GeoJson.quote(row.number()))
			.append(",\"category\":").append(GeoJson.quote(row.category()))
			.append(",\"commodity\":\"").append(row.commodity()).append('"')
			.append(",\"status\":\"").append(row.status()).append('"')
			.append(",\"startsOn\":\"").append(row.startsOn()).append('"')
			.append(",\"endsOn\":\"").append(row.endsOn()).append('"')
			.append(",\"areaHectares\":").append(row.areaHectares().toPlainString());
		if (row.district() != null) {
			out.append(",\"district\":").append(GeoJson.quote(row.district()));
		}
		if (row.holder() != null) {
			out.append(",\"holder\":").append(GeoJson.quote(row.holder()));
		}
		out.append("},\"geometry\":").append(geometry(boundary)).append('}');
	}

	private static String geometry(String wkt) {
		try {
			return GeoJson.geometry(new WKTReader(GeoJson.FACTORY).read(wkt));
		}
		catch (ParseException e) {
			throw new IllegalStateException("A stored boundary is not WKT: " + e.getMessage(), e);
		}
	}

	/** A CSV field, quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
	static String csv(String value) {
		if (value == null) {
			return "";
		}
		String v = value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return '"' + v.replace("\"", "\"\"") + '"';
		}
		return v;
	}

	private static Writer writer(OutputStream out) {
		return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
	}

	private static void write(Writer w, String s) {
		try {
			w.write(s);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void flush(Writer w) {
		try {
			w.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
