package org.openasm.strategy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openasm.registry.LicenceCategoryFacts;
import org.openasm.vision.TechniqueGrade;
import org.openasm.vision.VisionRecords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the snapshot of the live strategy in one language ({@link StrategySnapshot}) from what the
 * coherence check reads, the check's report, the vision statement and the issues' titles.
 */
@Component
class Snapshots {

	private final CoherenceInputs inputs;

	private final VisionRecords vision;

	private final MessageSource messages;

	Snapshots(CoherenceInputs inputs, VisionRecords vision, MessageSource messages) {
		this.inputs = inputs;
		this.vision = vision;
		this.messages = messages;
	}

	/** The live strategy with its coherence report, in {@code locale}'s language. */
	@Transactional(readOnly = true)
	Checked live(long workspaceId, Locale locale) {
		CoherenceInput input = inputs.input(workspaceId, locale);
		CoherenceReport report = CoherenceCheck.check(input);
		Map<Long, String> issues = new HashMap<>();
		vision.issues(workspaceId).forEach(i -> issues.put(i.id(), i.title()));
		return new Checked(input, report, snapshot(input, report, vision.statement(workspaceId).orElse(null), issues, locale));
	}

	/** The live strategy's snapshot, the report it carries and the input both were made from (with the draft). */
	record Checked(CoherenceInput input, CoherenceReport report, StrategySnapshot snapshot) {
	}

	StrategySnapshot snapshot(CoherenceInput input, CoherenceReport report, String statement, Map<Long, String> issues, Locale locale) {
		Drafted draft = input.draft();
		List<StrategySnapshot.TypeEntry> types = draft.types()
			.stream()
			.map(t -> new StrategySnapshot.TypeEntry(t.type().id(), t.type().name(), t.type().recordedRank(), profile(t, input, issues, locale),
					t.strategy() == null ? null : plan(t.strategy(), input, issues)))
			.toList();
		List<StrategySnapshot.Category> categories = draft.categories().stream().map(Snapshots::category).toList();
		List<StrategySnapshot.Finding> findings = report.findings()
			.stream()
			.map(f -> new StrategySnapshot.Finding(f.rule(), f.severity().name(),
					messages.getMessage(f.messageKey(), f.args().toArray(), locale), f.path(), f.typeId()))
			.toList();
		return new StrategySnapshot(locale.getLanguage(), statement,
				input.goals().stream().map(g -> new StrategySnapshot.Goal(g.id(), g.title())).toList(), types, categories,
				new StrategySnapshot.Report((int) report.blockingCount(), (int) report.warningCount(), findings));
	}

	private StrategySnapshot.Profile profile(Drafted.TypeDraft t, CoherenceInput input, Map<Long, String> issues, Locale locale) {
		List<String> commodities = t.type().commodities().stream().sorted().map(c -> input.commodityNames().getOrDefault(c, c.name())).toList();
		List<String> techniques = t.type().techniqueIds().stream()
			.map(id -> input.techniques().get(id))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing((CoherenceInput.Technique x) -> x.grade() == null ? TechniqueGrade.values().length : x.grade().ordinal())
				.thenComparing(CoherenceInput.Technique::name))
			.map(x -> x.grade() == null ? x.name() : x.name() + " (" + messages.getMessage("vision.grade." + x.grade(), null, locale) + ")")
			.toList();
		return new StrategySnapshot.Profile(t.type().sites(), t.type().women(), t.type().men(), commodities, techniques,
				names(Set.copyOf(t.type().issueIds()), issues));
	}

	private static StrategySnapshot.Plan plan(Drafted.Strategy s, CoherenceInput input, Map<Long, String> issues) {
		Map<Long, String> goals = new HashMap<>();
		input.goals().forEach(g -> goals.put(g.id(), g.title()));
		Map<Long, String> techniques = new HashMap<>();
		input.techniques().values().forEach(t -> techniques.put(t.id(), t.name()));
		Map<Long, String> areas = new HashMap<>();
		input.areas().values().forEach(a -> areas.put(a.id(), a.name()));
		List<StrategySnapshot.InstrumentEntry> instruments = s.instruments()
			.stream()
			.sorted(Comparator.comparingLong(Drafted.Chosen::id))
			.map(c -> new StrategySnapshot.InstrumentEntry(c.id(), c.instrument().name(), c.instrument().mode().name(),
					c.instrument().transboundary(), names(c.awayFromTechniqueIds(), techniques), names(c.towardsTechniqueIds(), techniques),
					names(c.issueIds(), issues), names(c.goalIds(), goals),
					c.leadAgencyId() == null ? null : input.agencies().getOrDefault(c.leadAgencyId(), "#" + c.leadAgencyId()),
					c.estimatedCost(), c.target()))
			.toList();
		String category = input.draft().category(s.licenceCategoryId()).map(LicenceCategoryFacts::name).orElse(null);
		return new StrategySnapshot.Plan(s.decision().name(), s.decisionReason(), s.allocateLand(), names(s.landAreaIds(), areas),
				s.landExclusive(), s.landRationale(), s.supplyChain(), s.supplyChainRationale(), s.services(), s.servicesRationale(),
				s.impactsApproach() == null ? null : s.impactsApproach().name(), s.impactsRationale(), s.licensed(), category,
				s.categoryReason(), s.transboundaryMeasure(), instruments);
	}

	private static StrategySnapshot.Category category(LicenceCategoryFacts c) {
		return new StrategySnapshot.Category(c.id(), c.name(), c.description(), c.eligibility().name(), c.maxAreaHectares(), c.durationMonths(),
				c.zonesOnly(), c.applicationFee(), c.annualFee());
	}

	/** The names of these ids, sorted; an id whose record is gone reads “#id”. */
	private static List<String> names(Set<Long> ids, Map<Long, String> names) {
		return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}
}
