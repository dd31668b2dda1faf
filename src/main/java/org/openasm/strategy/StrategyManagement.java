package org.openasm.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.registry.LicenceCategories;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.typology.SectorTypes;
import org.openasm.typology.TypeFacts;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategies of the sector types and the instruments chosen in them, each change in one
 * transaction. A strategy belongs to one type of the workspace's typology, at most one per type; not
 * acting and closing need a reason; each yes or no of the economics approach needs its rationale; the
 * land areas are administrative areas of the workspace and the licence category one of its registry.
 * The rules for a chosen instrument are in {@link ChosenInstrumentChecks}.
 */
@Service
class StrategyManagement {

	private final TypeStrategyRepository strategies;

	private final ChosenInstrumentRepository chosen;

	private final InstrumentRepository instruments;

	private final ChosenInstrumentChecks checks;

	private final InstrumentTexts texts;

	private final SectorTypes sectorTypes;

	private final AdministrativeAreas areas;

	private final LicenceCategories categories;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	StrategyManagement(TypeStrategyRepository strategies, ChosenInstrumentRepository chosen, InstrumentRepository instruments,
			ChosenInstrumentChecks checks, InstrumentTexts texts, SectorTypes sectorTypes, AdministrativeAreas areas, LicenceCategories categories,
			WorkspaceManagement workspaces, SubmissionGuard guard) {
		this.strategies = strategies;
		this.chosen = chosen;
		this.instruments = instruments;
		this.checks = checks;
		this.texts = texts;
		this.sectorTypes = sectorTypes;
		this.areas = areas;
		this.categories = categories;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	// --- Type strategies

	@Transactional(readOnly = true)
	TypeStrategy strategy(long workspaceId, long strategyId) {
		return strategies.findByIdAndWorkspaceId(strategyId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("TypeStrategy", strategyId));
	}

	@Transactional(readOnly = true)
	java.util.Optional<TypeStrategy> strategyOfType(long workspaceId, long typeId) {
		return strategies.findByWorkspaceIdAndTypeId(workspaceId, typeId);
	}

	/** The strategy of this type, or not found. */
	@Transactional(readOnly = true)
	TypeStrategy ofType(long workspaceId, long typeId) {
		return strategies.findByWorkspaceIdAndTypeId(workspaceId, typeId)
			.orElseThrow(() -> new RecordNotFoundException("TypeStrategy", "type " + typeId));
	}

	/**
	 * Records a type's strategy: creates it when the type has none (the form's version left empty),
	 * changes it otherwise. Returns whether it was created.
	 */
	@Transactional
	boolean save(long workspaceId, long typeId, StrategyForm form) {
		form.setTypeId(typeId);
		java.util.Optional<TypeStrategy> existing = strategies.findByWorkspaceIdAndTypeId(workspaceId, typeId);
		if (existing.isPresent() && (form.getVersion() != null || form.getToken() == null || form.getToken().isBlank())) {
			edit(workspaceId, existing.get().getId(), form);
			return false;
		}
		create(workspaceId, form);
		return existing.isEmpty();
	}

	/** The chosen instrument of this id in the strategy of this type, or not found. */
	@Transactional(readOnly = true)
	ChosenInstrument chosenOfType(long workspaceId, long typeId, long chosenId) {
		ChosenInstrument c = chosen(workspaceId, chosenId);
		if (!c.getTypeStrategy().getTypeId().equals(typeId)) {
			throw new RecordNotFoundException("ChosenInstrument", chosenId);
		}
		return c;
	}

	/** Records the strategy of a type that has none yet; a repeated submission creates it once. */
	@Transactional
	long create(long workspaceId, StrategyForm form) {
		return Long.parseLong(guard.once(form.getToken(), "strategy-type:" + workspaceId, fingerprint(form), () -> {
			workspaces.get(workspaceId);
			TypeFacts type = type(workspaceId, form.getTypeId());
			if (strategies.findByWorkspaceIdAndTypeId(workspaceId, type.id()).isPresent()) {
				throw new DomainRuleViolation("typeId", "strategy.type.taken", type.name());
			}
			TypeStrategy strategy = new TypeStrategy(workspaceId, type.id());
			describe(workspaceId, strategy, form);
			return strategies.saveAndFlush(strategy).getId().toString();
		}));
	}

	/** Changes a type's strategy; the type it belongs to does not change. */
	@Transactional
	void edit(long workspaceId, long strategyId, StrategyForm form) {
		TypeStrategy strategy = strategy(workspaceId, strategyId);
		strategy.checkVersion(form.getVersion());
		if (form.getTypeId() != null && !form.getTypeId().equals(strategy.getTypeId())) {
			throw new DomainRuleViolation("typeId", "strategy.type.fixed");
		}
		describe(workspaceId, strategy, form);
		strategies.flush();
	}

	/** A strategy goes with its chosen instruments (an orphaned one, whose type was removed, is cleared this way). */
	@Transactional
	void remove(long workspaceId, long strategyId) {
		TypeStrategy strategy = strategy(workspaceId, strategyId);
		chosen.deleteAll(chosen.findByTypeStrategyOrderById(strategy));
		chosen.flush();
		strategies.delete(strategy);
	}

	private TypeFacts type(long workspaceId, Long typeId) {
		return sectorTypes.types(workspaceId)
			.stream()
			.filter(t -> typeId != null && t.id() == typeId)
			.findFirst()
			.orElseThrow(() -> new DomainRuleViolation("typeId", "strategy.type.unknown", String.valueOf(typeId)));
	}

	private void describe(long workspaceId, TypeStrategy strategy, StrategyForm form) {
		TypeDecision decision = form.getDecision() == null ? TypeDecision.ACT : form.getDecision();
		if (decision != TypeDecision.ACT && blank(form.getDecisionReason())) {
			throw new DomainRuleViolation("decisionReason", "strategy.decision.reason.required");
		}
		rationale(form.getAllocateLand(), form.getLandRationale(), "landRationale");
		rationale(form.getSupplyChain(), form.getSupplyChainRationale(), "supplyChainRationale");
		rationale(form.getServices(), form.getServicesRationale(), "servicesRationale");
		Set<Long> areaIds = form.getLandAreaIds() == null ? Set.of() : form.getLandAreaIds();
		if (Boolean.TRUE.equals(form.getAllocateLand()) && !areaIds.isEmpty()) {
			Set<Long> known = areas.of(workspaceId).stream().map(AreaInfo::id).collect(Collectors.toSet());
			for (Long id : areaIds) {
				if (id == null || !known.contains(id)) {
					throw new DomainRuleViolation("landAreaIds", "strategy.land.area.unknown", String.valueOf(id));
				}
			}
		}
		if (Boolean.TRUE.equals(form.getLicensed()) && form.getLicenceCategoryId() != null
				&& categories.find(workspaceId, form.getLicenceCategoryId()).isEmpty()) {
			throw new DomainRuleViolation("licenceCategoryId", "strategy.category.unknown", String.valueOf(form.getLicenceCategoryId()));
		}
		strategy.decide(decision, form.getDecisionReason());
		strategy.economics(form.getAllocateLand(), areaIds, form.isLandExclusive(), form.getLandRationale(), form.getSupplyChain(),
				form.getSupplyChainRationale(), form.getServices(), form.getServicesRationale());
		strategy.impacts(form.getImpactsApproach(), form.getImpactsRationale());
		strategy.licensing(form.getLicensed(), form.getLicenceCategoryId(), form.getCategoryReason());
		strategy.transboundary(form.getTransboundaryMeasure());
	}

	/** A yes or a no of the economics approach says why; an undecided one needs nothing yet. */
	private static void rationale(Boolean choice, String rationale, String field) {
		if (choice != null && blank(rationale)) {
			throw new DomainRuleViolation(field, "strategy.economics.rationale.required");
		}
	}

	private static List<Object> fingerprint(StrategyForm f) {
		return Arrays.asList(f.getTypeId(), f.getDecision(), f.getDecisionReason(), f.getAllocateLand(), Columns.ids(f.getLandAreaIds()),
				f.isLandExclusive(), f.getLandRationale(), f.getSupplyChain(), f.getSupplyChainRationale(), f.getServices(),
				f.getServicesRationale(), f.getImpactsApproach(), f.getImpactsRationale(), f.getLicensed(), f.getLicenceCategoryId(),
				f.getCategoryReason(), f.getTransboundaryMeasure());
	}

	// --- Chosen instruments

	@Transactional(readOnly = true)
	ChosenInstrument chosen(long workspaceId, long chosenId) {
		return chosen.findByIdAndWorkspaceId(chosenId, workspaceId).orElseThrow(() -> new RecordNotFoundException("ChosenInstrument", chosenId));
	}

	@Transactional(readOnly = true)
	List<ChosenInstrument> chosenIn(long workspaceId, long strategyId) {
		return chosen.findByTypeStrategyOrderById(strategy(workspaceId, strategyId));
	}

	/** Chooses an instrument for a type's strategy; a repeated submission chooses it once. */
	@Transactional
	long choose(long workspaceId, long strategyId, ChosenInstrumentForm form) {
		return Long.parseLong(guard.once(form.getToken(), "strategy-chosen:" + workspaceId + ":" + strategyId, fingerprint(form), () -> {
			TypeStrategy strategy = strategy(workspaceId, strategyId);
			Instrument instrument = instrument(workspaceId, form.getInstrumentId());
			notTwice(strategy, instrument);
			ChosenInstrument c = new ChosenInstrument(strategy, instrument);
			describe(workspaceId, c, form);
			return chosen.saveAndFlush(c).getId().toString();
		}));
	}

	/** Changes a chosen instrument, possibly to another instrument not yet chosen for the type. */
	@Transactional
	void editChosen(long workspaceId, long chosenId, ChosenInstrumentForm form) {
		ChosenInstrument c = chosen(workspaceId, chosenId);
		c.checkVersion(form.getVersion());
		if (form.getInstrumentId() != null && !form.getInstrumentId().equals(c.getInstrument().getId())) {
			throw new DomainRuleViolation("instrumentId", "strategy.chosen.instrument.fixed");
		}
		describe(workspaceId, c, form);
		chosen.flush();
	}

	@Transactional
	void removeChosen(long workspaceId, long chosenId) {
		chosen.delete(chosen(workspaceId, chosenId));
	}

	private Instrument instrument(long workspaceId, Long instrumentId) {
		return (instrumentId == null ? java.util.Optional.<Instrument>empty() : instruments.findByIdAndWorkspaceId(instrumentId, workspaceId))
			.orElseThrow(() -> new DomainRuleViolation("instrumentId", "strategy.chosen.instrument.unknown", String.valueOf(instrumentId)));
	}

	private void notTwice(TypeStrategy strategy, Instrument instrument) {
		boolean twice = chosen.findByTypeStrategyOrderById(strategy)
			.stream()
			.anyMatch(c -> c.getInstrument().getId().equals(instrument.getId()));
		if (twice) {
			throw new DomainRuleViolation("instrumentId", "strategy.chosen.twice", texts.name(instrument, LocaleContextHolder.getLocale()));
		}
	}

	private void describe(long workspaceId, ChosenInstrument c, ChosenInstrumentForm form) {
		checks.check(workspaceId, form);
		c.describe(form.getAwayFromTechniqueIds(), form.getTowardsTechniqueIds(), form.getIssueIds(), form.getGoalIds(), form.getLeadAgencyId(),
				form.getEstimatedCost() == null ? null : form.getEstimatedCost().setScale(2, java.math.RoundingMode.HALF_UP),
				form.getInputIds(), form.getTarget());
	}

	private static List<Object> fingerprint(ChosenInstrumentForm f) {
		return Arrays.asList(f.getInstrumentId(), Columns.ids(f.getAwayFromTechniqueIds()), Columns.ids(f.getTowardsTechniqueIds()),
				Columns.ids(f.getIssueIds()), Columns.ids(f.getGoalIds()), f.getLeadAgencyId(), f.getEstimatedCost(), Columns.ids(f.getInputIds()),
				f.getTarget());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
