package org.openasm.context;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openasm.geo.AreaInfo;

/**
 * What the site records say beside what the estimates say, per commodity, so the gap between recorded
 * and estimated is visible: recorded sites and workers (women, men) against the latest national
 * estimate of miners, women miners and sites, each estimate with its source. Also the recorded sites by
 * deposit type and by region (top-level area).
 */
record SectorOverview(List<Row> byCommodity, Map<String, Integer> sitesByDepositType, List<RegionRow> byRegion, int sites, int women,
		int men, int sitesWithMinors) {

	/** One commodity: recorded figures, and the latest national estimates (empty when none). */
	record Row(Commodity commodity, int sites, int women, int men, Optional<EstimateFacts> miners, Optional<EstimateFacts> womenMiners,
			Optional<EstimateFacts> estimatedSites) {

		public int workers() {
			return women + men;
		}

		/** Recorded workers as a share (%) of the central estimate of miners, rounded; empty without one. */
		public Optional<Integer> recordedShareOfEstimate() {
			return miners.filter(e -> e.central() != null && e.central().signum() > 0)
				.map(e -> BigDecimal.valueOf(workers() * 100L).divide(e.central(), 0, RoundingMode.HALF_UP).intValue());
		}
	}

	/** Recorded sites and workers of one region. */
	record RegionRow(String region, int sites, int women, int men) {
	}

	static SectorOverview of(List<SiteFacts> sites, List<EstimateFacts> estimates, List<AreaInfo> areas) {
		Map<Commodity, int[]> recorded = new EnumMap<>(Commodity.class);
		Map<String, Integer> byDeposit = new TreeMap<>();
		Map<Long, AreaInfo> areaById = new LinkedHashMap<>();
		areas.forEach(a -> areaById.put(a.id(), a));
		Map<String, int[]> byRegion = new LinkedHashMap<>();
		areas.stream().filter(a -> a.parentId() == null).forEach(a -> byRegion.put(a.name(), new int[3]));
		int women = 0;
		int men = 0;
		int minors = 0;
		for (SiteFacts s : sites) {
			int[] r = recorded.computeIfAbsent(s.commodity(), c -> new int[3]);
			r[0]++;
			r[1] += s.women();
			r[2] += s.men();
			byDeposit.merge(s.depositType(), 1, Integer::sum);
			String region = region(s.areaId(), areaById);
			if (region != null) {
				int[] g = byRegion.computeIfAbsent(region, k -> new int[3]);
				g[0]++;
				g[1] += s.women();
				g[2] += s.men();
			}
			women += s.women();
			men += s.men();
			minors += s.minors() ? 1 : 0;
		}
		List<Row> rows = new ArrayList<>();
		for (Commodity c : Commodity.values()) {
			int[] r = recorded.getOrDefault(c, new int[3]);
			Optional<EstimateFacts> miners = latest(estimates, EstimateFigure.MINERS, c);
			Optional<EstimateFacts> womenMiners = latest(estimates, EstimateFigure.WOMEN_MINERS, c);
			Optional<EstimateFacts> estimatedSites = latest(estimates, EstimateFigure.SITES, c);
			if (r[0] > 0 || miners.isPresent() || womenMiners.isPresent() || estimatedSites.isPresent()) {
				rows.add(new Row(c, r[0], r[1], r[2], miners, womenMiners, estimatedSites));
			}
		}
		List<RegionRow> regions = byRegion.entrySet().stream().map(e -> new RegionRow(e.getKey(), e.getValue()[0], e.getValue()[1],
				e.getValue()[2])).toList();
		return new SectorOverview(rows, byDeposit, regions, sites.size(), women, men, minors);
	}

	/** The national estimate of the latest year for this figure and commodity (the first of that year if several). */
	static Optional<EstimateFacts> latest(List<EstimateFacts> estimates, EstimateFigure figure, Commodity commodity) {
		List<EstimateFacts> national = estimates.stream()
			.filter(e -> figure.name().equals(e.figure()) && e.commodity() == commodity && e.areaId() == null)
			.toList();
		return national.stream()
			.mapToInt(EstimateFacts::year)
			.max()
			.stream()
			.boxed()
			.flatMap(year -> national.stream().filter(e -> e.year() == year))
			.findFirst();
	}

	private static String region(Long areaId, Map<Long, AreaInfo> areas) {
		AreaInfo area = areaId == null ? null : areas.get(areaId);
		while (area != null && area.parentId() != null) {
			area = areas.get(area.parentId());
		}
		return area == null ? null : area.name();
	}
}
