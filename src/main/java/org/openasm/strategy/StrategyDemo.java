package org.openasm.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.registry.LicenceCategories;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.taskforce.Agencies;
import org.openasm.typology.SectorTypes;
import org.openasm.typology.TypeFacts;
import org.openasm.vision.GoalFacts;
import org.openasm.vision.IssueFacts;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.TechniqueGrade;
import org.openasm.vision.VisionRecords;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Step 2.3 for the demo jurisdiction: a strategy for each of its eight ranked types, recorded through
 * the same service as a user's, after the types ({@code @Order(40)}), the vision ({@code @Order(30)})
 * and the licence categories ({@code @Order(45)}). Tailings reprocessing is to be closed; the others
 * are acted on with both approaches. Each type's unacceptable techniques are moved away from by a
 * regulating instrument and its poor ones by at least one instrument, every goal is served, every
 * licensed type has a category (the zones-only one on the type given ASM zones) and every type has a
 * transboundary measure, so the coherence check finds nothing blocking. Two warnings are left on
 * purpose for the user to fix: one poor technique of development minerals that no instrument targets
 * ({@link #UNTARGETED}), and one instrument led by the labour ministry, which has no seat on the task
 * force ({@link #LABOUR_LED}).
 */
@Component
class StrategyDemo {

	/** Left without an instrument on purpose, on {@link DemoPlans#DEVELOPMENT}: the first of these the type practises. */
	static final List<String> UNTARGETED = List.of("NO_PROTECTIVE_EQUIPMENT", "WOMEN_LOWEST_PAID_TASKS", "PITS_ABANDONED");

	/** Led on purpose by the labour ministry, not represented on the demo task force: education for families, on manual alluvial gold. */
	static final String LABOUR_LED = "EDUCATION_FOR_FAMILIES";

	private final StrategyManagement strategies;

	private final InstrumentRepository instruments;

	private final SectorTypes sectorTypes;

	private final VisionRecords vision;

	private final Agencies agencies;

	private final LicenceCategories categories;

	private final AdministrativeAreas areas;

	private final RecordLinks links;

	StrategyDemo(StrategyManagement strategies, InstrumentRepository instruments, SectorTypes sectorTypes, VisionRecords vision,
			Agencies agencies, LicenceCategories categories, AdministrativeAreas areas, RecordLinks links) {
		this.strategies = strategies;
		this.instruments = instruments;
		this.sectorTypes = sectorTypes;
		this.vision = vision;
		this.agencies = agencies;
		this.categories = categories;
		this.areas = areas;
		this.links = links;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(50)
	void on(WorkspaceCreated event) {
		if (event.demo()) {
			seed(event.workspaceId());
		}
	}

	void seed(long ws) {
		Map<String, Long> instrumentIds = new LinkedHashMap<>();
		instruments.findByWorkspaceIdOrderById(ws).stream().filter(Instrument::isCatalogued).forEach(i -> instrumentIds.put(i.getCode(), i.getId()));
		Map<String, TechniqueFacts> techniques = new LinkedHashMap<>();
		Map<Long, TechniqueFacts> techniquesById = new LinkedHashMap<>();
		vision.techniques(ws, Locale.ENGLISH).forEach(t -> {
			techniquesById.put(t.id(), t);
			if (t.code() != null) {
				techniques.put(t.code(), t);
			}
		});
		Map<Long, IssueFacts> issues = new LinkedHashMap<>();
		vision.issues(ws).forEach(i -> issues.put(i.id(), i));
		List<GoalFacts> goals = vision.goals(ws);
		Map<String, Long> agencyByKind = new LinkedHashMap<>();
		agencies.of(ws).forEach(a -> agencyByKind.put(a.kind(), a.id()));
		Map<String, Long> categoryByName = new LinkedHashMap<>();
		categories.of(ws).forEach(c -> categoryByName.put(c.name(), c.id()));
		Map<String, Long> areaByName = new LinkedHashMap<>();
		areas.of(ws).forEach(a -> areaByName.put(a.name(), a.id()));
		Map<String, Long> inputByTopic = new LinkedHashMap<>();
		links.all(ws, ChosenInstrumentChecks.INPUT).forEach(i -> inputByTopic.put(i.label(), i.id()));

		Set<Long> served = new LinkedHashSet<>();
		List<Runnable> later = new ArrayList<>();
		for (TypeFacts type : sectorTypes.types(ws)) {
			DemoPlans.Plan plan = DemoPlans.of(type.name());
			if (plan == null) {
				continue;
			}
			StrategyForm form = plan.strategy();
			form.setLandAreaIds(ids(areaByName, plan.landAreas()));
			form.setLicenceCategoryId(plan.category() == null ? null : categoryByName.get(plan.category()));
			strategies.save(ws, type.id(), form);
			long strategyId = strategies.ofType(ws, type.id()).getId();
			List<TechniqueFacts> practised = type.techniqueIds().stream().map(techniquesById::get).filter(t -> t != null && t.code() != null).toList();
			Map<String, Set<Long>> awayFrom = DemoPlans.awayFrom(plan, practised, type.name().equals(DemoPlans.DEVELOPMENT) ? UNTARGETED : List.of());
			for (DemoPlans.Use use : plan.uses()) {
				ChosenInstrumentForm c = new ChosenInstrumentForm();
				c.setInstrumentId(instrumentIds.get(use.code()));
				c.setAwayFromTechniqueIds(awayFrom.getOrDefault(use.code(), Set.of()));
				Set<Long> towards = new LinkedHashSet<>();
				use.towards().stream().map(techniques::get).filter(t -> t != null && t.grade() == TechniqueGrade.GOOD).forEach(t -> towards.add(t.id()));
				c.setTowardsTechniqueIds(towards);
				Set<Long> issueIds = new LinkedHashSet<>();
				InstrumentCatalogue.of(use.code()).ifPresent(entry -> type.issueIds()
					.stream()
					.map(issues::get)
					.filter(i -> i != null && entry.issues().contains(i.kind()))
					.forEach(i -> issueIds.add(i.id())));
				c.setIssueIds(issueIds);
				Set<Long> goalIds = new LinkedHashSet<>();
				goals.stream().filter(g -> g.issueIds().stream().anyMatch(issueIds::contains)).forEach(g -> goalIds.add(g.id()));
				c.setGoalIds(goalIds);
				served.addAll(goalIds);
				c.setLeadAgencyId(agencyByKind.get(use.lead()));
				c.setEstimatedCost(new BigDecimal(use.cost()));
				c.setTarget(use.target());
				c.setInputIds(ids(inputByTopic, use.inputs()));
				long chosenId = strategies.choose(ws, strategyId, c);
				if (use.servesUnservedGoals()) {
					later.add(() -> serveTheRest(ws, chosenId, c, goals, served));
				}
			}
		}
		later.forEach(Runnable::run);
	}

	/** A goal no instrument reached through its issues is served by the instrument the plan names for it (the first such). */
	private void serveTheRest(long ws, long chosenId, ChosenInstrumentForm c, List<GoalFacts> goals, Set<Long> served) {
		Set<Long> missing = new LinkedHashSet<>();
		goals.stream().map(GoalFacts::id).filter(id -> !served.contains(id)).forEach(missing::add);
		if (missing.isEmpty()) {
			return;
		}
		ChosenInstrument chosen = strategies.chosen(ws, chosenId);
		Set<Long> goalIds = new LinkedHashSet<>(c.getGoalIds());
		goalIds.addAll(missing);
		c.setGoalIds(goalIds);
		c.setToken(null);
		c.setVersion(chosen.getVersion());
		strategies.editChosen(ws, chosenId, c);
		served.addAll(missing);
	}

	private static Set<Long> ids(Map<String, Long> byName, List<String> names) {
		Set<Long> ids = new LinkedHashSet<>();
		names.stream().map(byName::get).filter(id -> id != null).forEach(ids::add);
		return ids;
	}
}
