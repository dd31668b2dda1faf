package org.openasm.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openasm.context.SiteRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The names pages show for the licences and sites that inspections and cases point to. */
@Component
class InspectionLabels {

	static final int SITE_PICKER_LIMIT = 2000;

	private final LicenceRepository licences;

	private final SiteRegister sites;

	InspectionLabels(LicenceRepository licences, SiteRegister sites) {
		this.licences = licences;
		this.sites = sites;
	}

	/** Licence id to number, for the ids given. */
	@Transactional(readOnly = true)
	Map<Long, String> licenceNumbers(Collection<Long> ids) {
		Map<Long, String> numbers = new HashMap<>();
		licences.findAllById(ids.stream().filter(Objects::nonNull).distinct().toList()).forEach(l -> numbers.put(l.getId(), l.getNumber()));
		return numbers;
	}

	/** Site id to name, for the sites a picker may offer. */
	Map<Long, String> siteNames(long workspaceId) {
		Map<Long, String> names = new HashMap<>();
		sites(workspaceId).forEach(s -> names.put(s.id(), s.name()));
		return names;
	}

	List<SiteRegister.SiteName> sites(long workspaceId) {
		return sites.named(workspaceId, "", SITE_PICKER_LIMIT);
	}
}
