package org.openasm.vision;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.context.SiteFacts;
import org.openasm.geo.AreaInfo;

/**
 * The sites a filter selects: every filter given must match (commodity, deposit type, mechanisation,
 * and an area together with the areas inside it, so a region selects its districts' sites); a filter
 * left empty lets every site through.
 */
final class SiteMatch {

	private SiteMatch() {
	}

	static List<SiteFacts> matching(Collection<SiteFacts> sites, SiteSelection filter, List<AreaInfo> areas) {
		Map<Long, AreaInfo> byId = areas.stream().collect(Collectors.toMap(AreaInfo::id, Function.identity()));
		Optional<AreaInfo> area = filter.getAreaId() == null ? Optional.empty() : Optional.ofNullable(byId.get(filter.getAreaId()));
		return sites.stream()
			.filter(s -> filter.getCommodity() == null || s.commodity() == filter.getCommodity())
			.filter(s -> blank(filter.getDepositType()) || filter.getDepositType().strip().equalsIgnoreCase(s.depositType()))
			.filter(s -> blank(filter.getMechanisation()) || filter.getMechanisation().strip().equalsIgnoreCase(s.mechanisation()))
			.filter(s -> filter.getAreaId() == null || (area.isPresent() && s.areaId() != null && byId.containsKey(s.areaId())
					&& byId.get(s.areaId()).within(area.get())))
			.toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
