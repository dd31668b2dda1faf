package org.openasm.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openasm.registry.LicenceCategories;
import org.openasm.typology.SectorTypes;
import org.openasm.typology.TypeFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the live strategy of a workspace in one go ({@link Drafted}): the types of step 2.2 with their
 * strategies and chosen instruments, the instruments and the licence categories. A fixed number of
 * queries whatever the number of types, so the coherence check can run on every page.
 */
@Service
class StrategyDraft {

	private final SectorTypes sectorTypes;

	private final TypeStrategyRepository strategies;

	private final ChosenInstrumentRepository chosen;

	private final InstrumentRepository instruments;

	private final InstrumentTexts texts;

	private final LicenceCategories categories;

	StrategyDraft(SectorTypes sectorTypes, TypeStrategyRepository strategies, ChosenInstrumentRepository chosen,
			InstrumentRepository instruments, InstrumentTexts texts, LicenceCategories categories) {
		this.sectorTypes = sectorTypes;
		this.strategies = strategies;
		this.chosen = chosen;
		this.instruments = instruments;
		this.texts = texts;
		this.categories = categories;
	}

	@Transactional(readOnly = true)
	Drafted draft(long workspaceId, Locale locale) {
		Map<Long, Drafted.InstrumentFacts> instrumentFacts = new HashMap<>();
		List<Drafted.InstrumentFacts> allInstruments = new ArrayList<>();
		for (Instrument i : instruments.findByWorkspaceIdOrderById(workspaceId)) {
			Drafted.InstrumentFacts facts = texts.facts(i, locale);
			instrumentFacts.put(i.getId(), facts);
			allInstruments.add(facts);
		}
		Map<Long, List<Drafted.Chosen>> chosenByStrategy = new HashMap<>();
		for (ChosenInstrument c : chosen.findByWorkspaceIdOrderById(workspaceId)) {
			chosenByStrategy.computeIfAbsent(c.getTypeStrategy().getId(), k -> new ArrayList<>())
				.add(new Drafted.Chosen(c.getId(), c.getVersion(), instrumentFacts.get(c.getInstrument().getId()),
						c.getAwayFromTechniqueIdSet(), c.getTowardsTechniqueIdSet(), c.getIssueIdSet(), c.getGoalIdSet(), c.getLeadAgencyId(),
						c.getEstimatedCost(), c.getInputIdSet(), c.getTarget()));
		}
		Map<Long, Drafted.Strategy> byType = new HashMap<>();
		for (TypeStrategy s : strategies.findByWorkspaceIdOrderById(workspaceId)) {
			byType.put(s.getTypeId(), strategy(s, chosenByStrategy.getOrDefault(s.getId(), List.of())));
		}
		List<TypeFacts> types = new ArrayList<>(sectorTypes.types(workspaceId));
		types.sort(Comparator.comparing((TypeFacts t) -> t.recordedRank() == null ? Integer.MAX_VALUE : t.recordedRank()));
		List<Drafted.TypeDraft> drafts = new ArrayList<>();
		for (TypeFacts t : types) {
			drafts.add(new Drafted.TypeDraft(t, byType.remove(t.id())));
		}
		List<Drafted.Strategy> orphaned = byType.values().stream().sorted(Comparator.comparingLong(Drafted.Strategy::id)).toList();
		return new Drafted(workspaceId, drafts, orphaned, allInstruments, categories.of(workspaceId));
	}

	static Drafted.Strategy strategy(TypeStrategy s, List<Drafted.Chosen> chosen) {
		return new Drafted.Strategy(s.getId(), s.getVersion(), s.getTypeId(), s.getDecision(), s.getDecisionReason(), s.getAllocateLand(),
				s.getLandAreaIdSet(), s.isLandExclusive(), s.getLandRationale(), s.getSupplyChain(), s.getSupplyChainRationale(),
				s.getServices(), s.getServicesRationale(), s.getImpactsApproach(), s.getImpactsRationale(), s.getLicensed(),
				s.getLicenceCategoryId(), s.getCategoryReason(), s.getTransboundaryMeasure(), chosen);
	}
}
