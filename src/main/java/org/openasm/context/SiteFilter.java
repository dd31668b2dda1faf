package org.openasm.context;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openasm.geo.AreaInfo;

/**
 * The site list's search and filters (pages and API): text in the name, techniques or source (any
 * case), one commodity, one deposit type, one legal status, and one area together with the areas
 * inside it (a region shows its districts' sites).
 */
final class SiteFilter {

	private SiteFilter() {
	}

	static List<MineSite> apply(List<MineSite> all, String q, Commodity commodity, SiteDepositType depositType,
			SiteLegalStatus legalStatus, Long areaId, List<AreaInfo> areas) {
		String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
		Optional<AreaInfo> area = areaId == null ? Optional.empty() : areas.stream().filter(a -> a.id() == areaId).findFirst();
		java.util.Map<Long, AreaInfo> byId = new java.util.HashMap<>();
		areas.forEach(a -> byId.put(a.id(), a));
		return all.stream()
			.filter(s -> text == null || contains(s.getName(), text) || contains(s.getTechniques(), text)
					|| contains(s.getObservationSource(), text))
			.filter(s -> commodity == null || s.getCommodity() == commodity)
			.filter(s -> depositType == null || s.getDepositType() == depositType)
			.filter(s -> legalStatus == null || s.getLegalStatus() == legalStatus)
			.filter(s -> areaId == null || (area.isPresent() && s.getAreaId() != null && byId.containsKey(s.getAreaId())
					&& byId.get(s.getAreaId()).within(area.get())))
			.toList();
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}
}
