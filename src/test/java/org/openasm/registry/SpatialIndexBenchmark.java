package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openasm.geo.GeoJson;
import org.openasm.registry.SpatialIndex.Change;
import org.openasm.registry.SpatialIndex.Hit;
import org.openasm.registry.SpatialIndex.Kind;
import org.openasm.support.BenchFigures;

/**
 * The spatial index at national scale, without Spring or a database: 100,000 licence polygons of 5–40
 * vertices and 0.3–20 ha spread over the demo country (lon 0–4, lat 8–12, about 19 million ha), with
 * 2,000 pending applications, 30 ASM zones and 10 protected areas; then the full check (every rule, as
 * {@link ApplicationChecking#check} runs them after its refresh) of 10,000 new applications, timed one by
 * one. Targets: p99 under 2 ms a check, the index under 300 MB of heap.
 */
@Tag("bench")
class SpatialIndexBenchmark {

	static final int LICENCES = 100_000;

	static final int PENDING = 2_000;

	static final int CHECKS = 10_000;

	@Test
	void checksOfNewApplicationsAgainstAHundredThousandLicences() {
		Random random = new Random(20261127);
		double heapBefore = BenchFigures.usedHeapMb();
		List<Change> rows = new ArrayList<>(LICENCES + PENDING + 40);
		long seq = 0;
		long vertices = 0;
		for (int i = 1; i <= LICENCES; i++) {
			Polygon p = plot(random, 0.3, 20);
			vertices += p.getNumPoints();
			rows.add(new Change(Kind.LICENCE, i, ++seq, new Hit(Kind.LICENCE, i, "ASM-2026-" + i, "ACTIVE", null, null, SpatialIndex.compact(p))));
		}
		Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 1; i <= PENDING; i++) {
			rows.add(new Change(Kind.APPLICATION, i, ++seq, new Hit(Kind.APPLICATION, i, "APP-2026-" + i, "SUBMITTED", t0.plusSeconds(i * 60L),
					null, SpatialIndex.compact(plot(random, 0.3, 20)))));
		}
		for (int i = 1; i <= 30; i++) {
			rows.add(new Change(Kind.ZONE, i, ++seq, new Hit(Kind.ZONE, i, "Zone " + i, null, null, i % 3 == 0 ? 50 : null,
					SpatialIndex.compact(plot(random, 500, 3000)))));
		}
		for (int i = 1; i <= 10; i++) {
			rows.add(new Change(Kind.PROTECTED_AREA, i, ++seq, new Hit(Kind.PROTECTED_AREA, i, "Reserve " + i, null, null, null,
					SpatialIndex.compact(plot(random, 5000, 40000)))));
		}
		long lastSeq = seq;
		SpatialIndex index = new SpatialIndex(new SpatialIndex.Source() {
			@Override
			public long spatialSeq(long workspaceId) {
				return lastSeq;
			}

			@Override
			public List<Change> changes(long workspaceId, long after, long upTo) {
				return rows;
			}

			@Override
			public List<Hit> zonesAndProtectedAreas(long workspaceId) {
				return List.of();
			}
		});
		long buildStart = System.nanoTime();
		index.refresh(1);
		double buildMs = (System.nanoTime() - buildStart) / 1e6;
		double heapAfter = BenchFigures.usedHeapMb();
		assertThat(index.sizes(1).get(Kind.LICENCE)).isEqualTo(LICENCES);

		PreparedGeometry jurisdiction = PreparedGeometryFactory.prepare(GeoJson.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(0, 4, 8, 12.1)));
		LicenceCategoryFacts category = new LicenceCategoryFacts(1, "Artisanal", null, LicenceEligibility.CITIZENS, new BigDecimal("25"), 24, false,
				BigDecimal.ZERO, BigDecimal.ZERO);
		List<Polygon> asked = new ArrayList<>(CHECKS);
		for (int i = 0; i < CHECKS; i++) {
			asked.add(plot(random, 0.3, 20));
		}
		// Warm up the JIT on a first pass, then time the second.
		int refused = 0;
		for (Polygon p : asked.subList(0, 2000)) {
			check(index, jurisdiction, category, p);
		}
		double[] ms = new double[CHECKS];
		for (int i = 0; i < CHECKS; i++) {
			long start = System.nanoTime();
			index.refresh(1);
			List<CheckResult> results = check(index, jurisdiction, category, asked.get(i));
			ms[i] = (System.nanoTime() - start) / 1e6;
			if (!ApplicationChecking.allPassed(results)) {
				refused++;
			}
		}
		BenchFigures.of("spatial-index")
			.line("index: %,d licences (%,d vertices, %.1f on average), %,d pending applications, 30 zones, 10 protected areas", LICENCES, vertices,
					(double) vertices / LICENCES, PENDING)
			.line("index load and STR-tree build: %.0f ms", buildMs)
			.line("heap used: %.1f MB before, %.1f MB after, %.1f MB for the index", heapBefore, heapAfter, heapAfter - heapBefore)
			.line("full check of %,d new applications (refresh + all 8 rules): median %.3f ms, p99 %.3f ms, max %.3f ms", CHECKS,
					BenchFigures.quantile(ms, 0.5), BenchFigures.quantile(ms, 0.99), BenchFigures.quantile(ms, 1.0))
			.line("%,d of %,d applications failed a check (mostly overlaps: the synthetic plots are dense)", refused, CHECKS)
			.save();
		assertThat(refused).isPositive().isLessThan(CHECKS);
	}

	private static List<CheckResult> check(SpatialIndex index, PreparedGeometry jurisdiction, LicenceCategoryFacts category, Geometry area) {
		return ApplicationChecking.run(ApplicationChecking.gather(index, 1, area, category, OperatorKind.INDIVIDUAL, Citizenship.CITIZEN, jurisdiction,
				Instant.parse("2026-11-27T12:00:00Z"), null));
	}

	/**
	 * A simple (star-shaped, so valid) polygon of 5–40 vertices whose area is about {@code minHa} to
	 * {@code maxHa} hectares, centred at a random point of the country.
	 */
	static Polygon plot(Random random, double minHa, double maxHa) {
		double lon = 0.05 + random.nextDouble() * 3.9;
		double lat = 8.05 + random.nextDouble() * 3.9;
		double ha = minHa + random.nextDouble() * (maxHa - minHa);
		// A circle of ha hectares has a radius of sqrt(ha / π) hundred metres.
		double radiusKm = Math.sqrt(ha / 100 / Math.PI);
		double dLat = radiusKm / Footprint.KM_PER_DEGREE;
		double dLon = radiusKm / (Footprint.KM_PER_DEGREE * Math.cos(Math.toRadians(lat)));
		int n = 5 + random.nextInt(36);
		double[] angles = new double[n];
		for (int i = 0; i < n; i++) {
			angles[i] = (i + random.nextDouble() * 0.8) * 2 * Math.PI / n;
		}
		Coordinate[] ring = new Coordinate[n + 1];
		for (int i = 0; i < n; i++) {
			double r = 0.8 + random.nextDouble() * 0.4;
			ring[i] = new Coordinate(lon + Math.cos(angles[i]) * dLon * r, lat + Math.sin(angles[i]) * dLat * r);
		}
		ring[n] = new Coordinate(ring[0]);
		return GeoJson.FACTORY.createPolygon(ring);
	}
}
