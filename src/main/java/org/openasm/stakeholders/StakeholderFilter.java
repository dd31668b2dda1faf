package org.openasm.stakeholders;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.openasm.geo.AreaInfo;

/**
 * The stakeholder list's search and filters (pages and API): text found in the name, contact person,
 * email or phone (any case),
 * one category, and one area together with the areas inside it (a region shows its districts'
 * stakeholders too).
 */
final class StakeholderFilter {

	private StakeholderFilter() {
	}

	static List<Stakeholder> apply(List<Stakeholder> all, String q, Long categoryId, Long areaId, List<AreaInfo> areas) {
		String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
		Optional<AreaInfo> area = areaId == null ? Optional.empty() : areas.stream().filter(a -> a.id() == areaId).findFirst();
		return all.stream()
			.filter(s -> text == null || Stream.of(s.getName(), s.getContactPerson(), s.getEmail(), s.getPhone())
				.anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(text)))
			.filter(s -> categoryId == null || s.getCategory().getId().equals(categoryId))
			.filter(s -> areaId == null || (s.getAreaId() != null && area.isPresent() && areas.stream()
				.anyMatch(a -> a.id() == s.getAreaId() && a.within(area.get()))))
			.toList();
	}
}
