package org.openasm.strategy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openasm.context.ChainRegister;
import org.openasm.context.Commodity;
import org.openasm.context.SiteRegister;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.geo.BorderBand;
import org.openasm.taskforce.AgencyInfo;
import org.openasm.taskforce.Agencies;
import org.openasm.typology.SectorTypes;
import org.openasm.vision.VisionRecords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what the coherence rules read ({@link CoherenceInput}) from the strategy's own records and
 * the façades of the steps before it, in a fixed number of queries whatever the number of types and
 * sites: the sites near the border are found from their points in one read and typed in one typing.
 */
@Service
class CoherenceInputs {

	private final StrategyDraft drafts;

	private final VisionRecords vision;

	private final Agencies agencies;

	private final ChainRegister chain;

	private final SiteRegister sites;

	private final SectorTypes types;

	private final AdministrativeAreas areas;

	private final CoherenceSettings settings;

	private final MessageSource messages;

	CoherenceInputs(StrategyDraft drafts, VisionRecords vision, Agencies agencies, ChainRegister chain, SiteRegister sites,
			SectorTypes types, AdministrativeAreas areas, CoherenceSettings settings, MessageSource messages) {
		this.drafts = drafts;
		this.vision = vision;
		this.agencies = agencies;
		this.chain = chain;
		this.sites = sites;
		this.types = types;
		this.areas = areas;
		this.settings = settings;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	CoherenceInput input(long workspaceId, Locale locale) {
		Drafted draft = drafts.draft(workspaceId, locale);
		Map<Long, CoherenceInput.Technique> techniques = new HashMap<>();
		vision.techniques(workspaceId, locale)
			.forEach(t -> techniques.put(t.id(), new CoherenceInput.Technique(t.id(), t.name(), t.grade())));
		Map<Long, String> agencyNames = new HashMap<>();
		for (AgencyInfo a : agencies.of(workspaceId)) {
			agencyNames.put(a.id(), a.name());
		}
		int km = settings.borderKm(workspaceId);
		BorderBand band = areas.borderBand(workspaceId, km);
		Set<Long> nearBorder = sites.siteIdsWithin(workspaceId, band);
		Map<Long, AreaInfo> areaById = new HashMap<>();
		areas.of(workspaceId).forEach(a -> areaById.put(a.id(), a));
		Map<Commodity, String> commodityNames = new EnumMap<>(Commodity.class);
		for (Commodity c : Commodity.values()) {
			commodityNames.put(c, messages.getMessage("commodity." + c, null, c.name(), locale));
		}
		return new CoherenceInput(draft, techniques, vision.goals(workspaceId), agencyNames, agencies.represented(workspaceId),
				chain.crossBorderCommodities(workspaceId), km, types.typeCounts(workspaceId, nearBorder), areaById, commodityNames);
	}
}
