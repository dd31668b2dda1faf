package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.registry.InspectionFixtures.aCitizenMiner;
import static org.openasm.registry.InspectionFixtures.anArtisanalCategory;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.openasm.geo.GeoJson;
import org.openasm.support.BenchFigures;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public register at national scale: 100,000 licences (polygons of 5–12 vertices, 0.3–20 ha, over
 * the demo country lon 0–4, lat 8–12) inserted by JDBC batch; then 50 requests of the register page
 * through MockMvc (template included), the first page, pages anywhere in the 2,000, and a filtered page
 * (median and p95; target under 200 ms), and the CSV and GeoJSON exports written to a counting stream
 * by the same code the streamed response runs, at 10,000 and at 100,000 licences, with the heap before,
 * after and at its peak sampled every 2 ms during the export: a constant-memory export has the same
 * peak at 10,000 and 100,000 while its bytes grow tenfold.
 */
@Tag("bench")
@OpenAsmTest
@AutoConfigureMockMvc
class PublicRegisterBenchmark {

	static final int LICENCES = 100_000;

	static final int FIRST = 10_000;

	static final int REQUESTS = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	OperatorRepository operators;

	@Autowired
	LicenceCategoryManagement categories;

	@Autowired
	PublicRegister register;

	@Test
	void theRegisterPageAndItsExportsAtAHundredThousandLicences() throws Exception {
		String db = System.getProperty("openasm.test.db", "h2");
		BenchFigures figures = BenchFigures.of("public-register-" + db);
		long ws = aJurisdiction(workspaces, "Register bench");
		long holder = aCitizenMiner(operators, ws, "Bench Holder", "NID-BENCH-" + System.nanoTime());
		long category = anArtisanalCategory(categories, ws, "Artisanal bench");
		Random random = new Random(42);

		long t0 = System.nanoTime();
		insert(ws, holder, category, 0, FIRST, random);
		double[] small = export(ws, figures, FIRST, "csv", out -> register.exportCsv(ws, out));
		insert(ws, holder, category, FIRST, LICENCES, random);
		figures.line("inserted %,d licences by JDBC batch in %.1f s (with the 10,000 export in between)", LICENCES, (System.nanoTime() - t0) / 1e9);

		double[] large = export(ws, figures, LICENCES, "csv", out -> register.exportCsv(ws, out));
		export(ws, figures, LICENCES, "geojson", out -> register.exportGeoJson(ws, out));
		figures.line("csv export peak heap: %.0f MB at 10,000 vs %.0f MB at 100,000 licences (bytes x%.1f)", small[1], large[1], large[0] / small[0]);

		time(figures, "page 1", REQUESTS, i -> "/public/register/" + ws);
		Random pages = new Random(7);
		time(figures, "random page of 2,000", REQUESTS, i -> "/public/register/" + ws + "?page=" + (1 + pages.nextInt(LICENCES / PublicRegister.PAGE_SIZE)));
		time(figures, "status=ACTIVE random page", REQUESTS,
				i -> "/public/register/" + ws + "?status=ACTIVE&page=" + (1 + pages.nextInt(LICENCES / PublicRegister.PAGE_SIZE / 2)));
		time(figures, "map bbox 0.2x0.2 deg", REQUESTS, i -> {
			double lon = pages.nextDouble() * 3.8, lat = 8 + pages.nextDouble() * 3.8;
			return String.format(java.util.Locale.ROOT, "/public/register/%d/map?bbox=%.3f,%.3f,%.3f,%.3f", ws, lon, lat, lon + 0.2, lat + 0.2);
		});
		figures.save();
		assertThat(large[0]).isGreaterThan(small[0] * 9);
	}

	private void time(BenchFigures figures, String what, int n, java.util.function.IntFunction<String> url) throws Exception {
		mvc.perform(get(url.apply(-1))).andExpect(status().isOk());
		double[] ms = new double[n];
		for (int i = 0; i < n; i++) {
			String u = url.apply(i);
			long start = System.nanoTime();
			mvc.perform(get(u)).andExpect(status().isOk());
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		figures.line("%s: median %.1f ms, p95 %.1f ms, max %.1f ms over %d requests", what, BenchFigures.quantile(ms, 0.5),
				BenchFigures.quantile(ms, 0.95), BenchFigures.quantile(ms, 1.0), n);
	}

	/** Runs an export into a counting stream; returns {bytes, peak MB}. */
	private double[] export(long ws, BenchFigures figures, int count, String format, Consumer<OutputStream> run) throws Exception {
		double before = BenchFigures.usedHeapMb();
		Runtime rt = Runtime.getRuntime();
		AtomicLong peak = new AtomicLong(rt.totalMemory() - rt.freeMemory());
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
				try {
					Thread.sleep(2);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long[] bytes = { 0 };
		OutputStream counting = new OutputStream() {
			@Override
			public void write(int b) {
				bytes[0]++;
			}

			@Override
			public void write(byte[] b, int off, int len) {
				bytes[0] += len;
			}
		};
		long start = System.nanoTime();
		run.accept(counting);
		double seconds = (System.nanoTime() - start) / 1e9;
		sampler.interrupt();
		sampler.join();
		double peakMb = peak.get() / (1024.0 * 1024.0);
		double after = BenchFigures.usedHeapMb();
		figures.line("%s export of %,d licences: %.2f s, %.1f MB written; heap before %.0f MB, peak sampled %.0f MB, after %.0f MB (max heap %.0f MB)",
				format, count, seconds, bytes[0] / (1024.0 * 1024.0), before, peakMb, after, rt.maxMemory() / (1024.0 * 1024.0));
		return new double[] { bytes[0], peakMb };
	}

	private void insert(long ws, long holder, long category, int from, int to, Random random) {
		Timestamp now = Timestamp.from(Instant.now());
		String sql = "insert into registry_licence (version, created_at, created_by, updated_at, updated_by, workspace_id, number, holder_id, category_id,"
				+ " commodity, boundary, area_hectares, min_lon, min_lat, max_lon, max_lat, starts_on, ends_on, status, spatial_seq)"
				+ " values (0, ?, 'bench', ?, 'bench', ?, ?, ?, ?, 'GOLD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		String[] statuses = { "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "EXPIRED", "SUSPENDED", "REVOKED" };
		List<Object[]> batch = new ArrayList<>();
		for (int i = from; i < to; i++) {
			Footprint f = Footprint.of(plot(random));
			LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1400));
			batch.add(new Object[] { now, now, ws, String.format("ASM-B-%07d", i + 1), holder, category, f.wkt(), f.hectares(),
					f.envelope().getMinX(), f.envelope().getMinY(), f.envelope().getMaxX(), f.envelope().getMaxY(), start, start.plusMonths(24),
					statuses[random.nextInt(statuses.length)], i + 1L });
			if (batch.size() == 1000) {
				jdbc.batchUpdate(sql, batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(sql, batch);
		}
	}

	/** A star-shaped polygon of 5–12 vertices whose area is about 0.3–20 ha, somewhere in lon 0–4, lat 8–12. */
	private static Polygon plot(Random random) {
		double lon = 0.05 + random.nextDouble() * 3.9, lat = 8.05 + random.nextDouble() * 3.9;
		double hectares = 0.3 + random.nextDouble() * 19.7;
		double radiusDeg = Math.sqrt(hectares * 10_000 / Math.PI) / 111_320.0;
		int n = 5 + random.nextInt(8);
		Coordinate[] ring = new Coordinate[n + 1];
		for (int k = 0; k < n; k++) {
			double angle = 2 * Math.PI * k / n;
			double r = radiusDeg * (0.8 + 0.4 * random.nextDouble());
			ring[k] = new Coordinate(lon + r * Math.cos(angle), lat + r * Math.sin(angle));
		}
		ring[n] = ring[0];
		return GeoJson.FACTORY.createPolygon(ring);
	}
}
