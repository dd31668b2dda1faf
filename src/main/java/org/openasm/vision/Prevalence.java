package org.openasm.vision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openasm.context.Commodity;
import org.openasm.context.SiteFacts;
import org.openasm.geo.AreaInfo;

/**
 * How widespread the unacceptable and poor techniques are: for each, the recorded sites where it is
 * practised and the women and men who work there, in total, by region (the top-level area holding the
 * site's area, found from the first id of its path) and by commodity. A site counts once per technique;
 * a site with no area counts under the region {@link #NO_REGION}. Good and ungraded techniques are left
 * out; the worst come first, then the most widespread.
 */
final class Prevalence {

	/** The region name under which sites without an area are counted. */
	static final String NO_REGION = "";

	/** Sites and the women and men working there. */
	record Count(int sites, int women, int men) {

		static final Count NONE = new Count(0, 0, 0);

		Count plus(SiteFacts site) {
			return new Count(sites + 1, women + site.women(), men + site.men());
		}

		public int workers() {
			return women + men;
		}
	}

	/** A graded technique as the computation sees it. */
	record Graded(long id, String name, TechniqueGrade grade) {
	}

	/** One technique's reach. */
	record Row(long techniqueId, String name, TechniqueGrade grade, Count total, Map<String, Count> byRegion,
			Map<Commodity, Count> byCommodity) {
	}

	private Prevalence() {
	}

	static List<Row> of(List<Graded> techniques, Map<Long, Set<Long>> sitesByTechnique, Collection<SiteFacts> sites,
			List<AreaInfo> areas) {
		Map<Long, SiteFacts> byId = new TreeMap<>();
		sites.forEach(s -> byId.put(s.id(), s));
		Map<Long, String> regions = regions(areas);
		List<Row> rows = new ArrayList<>();
		for (Graded t : techniques) {
			if (t.grade() != TechniqueGrade.UNACCEPTABLE && t.grade() != TechniqueGrade.POOR) {
				continue;
			}
			Count total = Count.NONE;
			Map<String, Count> byRegion = new TreeMap<>();
			Map<Commodity, Count> byCommodity = new EnumMap<>(Commodity.class);
			for (Long siteId : sitesByTechnique.getOrDefault(t.id(), Set.of())) {
				SiteFacts site = byId.get(siteId);
				if (site == null) {
					continue;
				}
				total = total.plus(site);
				String region = site.areaId() == null ? NO_REGION : regions.getOrDefault(site.areaId(), NO_REGION);
				byRegion.merge(region, Count.NONE.plus(site), (a, b) -> a.plus(site));
				byCommodity.merge(site.commodity(), Count.NONE.plus(site), (a, b) -> a.plus(site));
			}
			rows.add(new Row(t.id(), t.name(), t.grade(), total, Collections.unmodifiableMap(byRegion),
					Collections.unmodifiableMap(byCommodity)));
		}
		rows.sort((a, b) -> a.grade() != b.grade() ? a.grade().compareTo(b.grade())
				: a.total().sites() != b.total().sites() ? Integer.compare(b.total().sites(), a.total().sites()) : a.name().compareTo(b.name()));
		return rows;
	}

	/** Area id to the name of its top-level area (a region's own name for a region). */
	static Map<Long, String> regions(List<AreaInfo> areas) {
		Map<Long, AreaInfo> byId = new TreeMap<>();
		areas.forEach(a -> byId.put(a.id(), a));
		Map<Long, String> regions = new TreeMap<>();
		for (AreaInfo a : areas) {
			AreaInfo top = byId.get(a.topId());
			regions.put(a.id(), top == null ? a.name() : top.name());
		}
		return regions;
	}
}
