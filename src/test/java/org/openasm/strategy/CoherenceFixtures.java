package org.openasm.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.context.Commodity;
import org.openasm.geo.AreaInfo;
import org.openasm.registry.LicenceCategoryFacts;
import org.openasm.registry.LicenceEligibility;
import org.openasm.typology.TypeFacts;
import org.openasm.vision.GoalFacts;
import org.openasm.vision.TechniqueGrade;

/**
 * Coherence inputs in the guidance's terms, built by hand so each rule's test reads as a small story:
 * a jurisdiction (workspace 7) with graded techniques, goals, agencies, licence categories and areas,
 * and types whose strategies the test writes.
 */
final class CoherenceFixtures {

	static final long WS = 7;

	static final CoherenceInput.Technique WHOLE_ORE_AMALGAMATION = new CoherenceInput.Technique(101, "Whole-ore amalgamation",
			TechniqueGrade.UNACCEPTABLE);

	static final CoherenceInput.Technique UNSUPPORTED_PITS = new CoherenceInput.Technique(201, "Unsupported pit walls", TechniqueGrade.POOR);

	static final CoherenceInput.Technique RETORTS = new CoherenceInput.Technique(301, "Amalgam burnt in a retort", TechniqueGrade.GOOD);

	static final long MINING = 11;

	static final long ENVIRONMENT = 12;

	static final long FINANCE = 13;

	static final LicenceCategoryFacts ARTISANAL_PERMIT = category(21, "Artisanal mining permit", false);

	static final LicenceCategoryFacts SMALL_SCALE_LICENCE = category(22, "Small-scale mining licence", false);

	static final LicenceCategoryFacts ZONE_PERMIT = category(23, "ASM zone permit", true);

	static final AreaInfo NORTH = new AreaInfo(31, null, 1, "Northern Highlands", "XM-1", "/31/");

	static final AreaInfo KIRRU = new AreaInfo(32, 31L, 2, "Kirru", "XM-1-1", "/31/32/");

	static final AreaInfo LAKE = new AreaInfo(33, null, 1, "Lake Basin", "XM-2", "/33/");

	static final GoalFacts MERCURY_GOAL = new GoalFacts(41, "Mercury use halved by 2030", Set.of());

	static final GoalFacts REVENUE_GOAL = new GoalFacts(42, "Gold sold through formal channels", Set.of());

	private CoherenceFixtures() {
	}

	static LicenceCategoryFacts category(long id, String name, boolean zonesOnly) {
		return new LicenceCategoryFacts(id, name, name + " under the mining code", LicenceEligibility.CITIZENS, new BigDecimal("5"), 24,
				zonesOnly, new BigDecimal("50"), new BigDecimal("100"));
	}

	static Drafted.InstrumentFacts instrument(long id, String code, String name, InstrumentMode mode, boolean transboundary) {
		return new Drafted.InstrumentFacts(id, code, name, name + ".", mode, Set.of(), Set.of(), transboundary);
	}

	static final Drafted.InstrumentFacts LICENSING = instrument(51, "LICENSING", "Licensing", InstrumentMode.REGULATE, false);

	static final Drafted.InstrumentFacts TRAINING = instrument(52, "EDUCATION_AND_TRAINING", "Education and training", InstrumentMode.PROMOTE,
			false);

	static final Drafted.InstrumentFacts BUYING = instrument(53, "BUYING_SCHEME", "State-sponsored buying scheme", InstrumentMode.ENABLE,
			true);

	static final Drafted.InstrumentFacts CLOSURE = instrument(54, "CLOSURE_PROCEDURES", "Procedures for closing operations",
			InstrumentMode.REGULATE, false);

	static final Drafted.InstrumentFacts SECURITY = instrument(55, "SECURITY", "Security", InstrumentMode.REGULATE, true);

	/** A chosen instrument: away from and towards techniques, the goals it serves and its lead agency. */
	static Drafted.Chosen chosen(long id, Drafted.InstrumentFacts instrument, Set<Long> awayFrom, Set<Long> goals, Long lead) {
		return new Drafted.Chosen(id, 0, instrument, awayFrom, Set.of(RETORTS.id()), Set.of(), goals, lead, new BigDecimal("250000"),
				Set.of(), "Mercury use halved at pilot sites by 2028");
	}

	static TypeBuilder type(long id, String name) {
		return new TypeBuilder(id, name);
	}

	static InputBuilder input(TypeBuilder... types) {
		InputBuilder input = new InputBuilder();
		for (TypeBuilder t : types) {
			input.types.add(t);
		}
		return input;
	}

	/** A sector type with what its sites show, and the strategy the test writes for it (none by default). */
	static final class TypeBuilder {

		final long id;

		final String name;

		Integer rank;

		Set<Commodity> commodities = Set.of(Commodity.GOLD);

		List<Long> techniques = List.of();

		Map<String, Set<String>> dimensions = new LinkedHashMap<>();

		boolean planned;

		TypeDecision decision = TypeDecision.ACT;

		String reason;

		Boolean allocateLand = false;

		Set<Long> landAreas = Set.of();

		boolean landExclusive;

		Boolean supplyChain = true;

		Boolean services = true;

		ImpactsApproach impacts = ImpactsApproach.BOTH;

		Boolean licensed = false;

		Long categoryId;

		String categoryReason;

		String transboundaryMeasure;

		List<Drafted.Chosen> instruments = new ArrayList<>();

		TypeBuilder(long id, String name) {
			this.id = id;
			this.name = name;
		}

		TypeBuilder ranked(int rank) {
			this.rank = rank;
			return this;
		}

		TypeBuilder producing(Commodity... commodities) {
			this.commodities = Set.of(commodities);
			return this;
		}

		TypeBuilder practising(CoherenceInput.Technique... techniques) {
			this.techniques = java.util.Arrays.stream(techniques).map(CoherenceInput.Technique::id).toList();
			return this;
		}

		TypeBuilder definedBy(String dimension, String... values) {
			dimensions.put(dimension, Set.of(values));
			return this;
		}

		/** A complete strategy acting on the type: every economics question answered, an approach to impacts. */
		TypeBuilder acting() {
			planned = true;
			decision = TypeDecision.ACT;
			return this;
		}

		TypeBuilder deciding(TypeDecision decision, String reason) {
			planned = true;
			this.decision = decision;
			this.reason = reason;
			return this;
		}

		TypeBuilder withoutEconomics() {
			allocateLand = null;
			return this;
		}

		TypeBuilder allocating(boolean exclusive, AreaInfo... areas) {
			allocateLand = true;
			landExclusive = exclusive;
			landAreas = java.util.Arrays.stream(areas).map(AreaInfo::id).collect(java.util.stream.Collectors.toSet());
			return this;
		}

		TypeBuilder licensedAs(LicenceCategoryFacts category, String reason) {
			licensed = true;
			categoryId = category == null ? null : category.id();
			categoryReason = reason;
			return this;
		}

		TypeBuilder transboundary(String measure) {
			transboundaryMeasure = measure;
			return this;
		}

		TypeBuilder with(Drafted.Chosen... chosen) {
			instruments.addAll(List.of(chosen));
			return this;
		}

		Drafted.TypeDraft build() {
			TypeFacts facts = new TypeFacts(id, name, null, dimensions, 12, 40, 80, commodities, techniques, List.of(), rank,
					rank == null ? null : new BigDecimal("3.5"));
			if (!planned) {
				return new Drafted.TypeDraft(facts, null);
			}
			return new Drafted.TypeDraft(facts, new Drafted.Strategy(id * 10, 0, id, decision, reason, allocateLand, landAreas, landExclusive,
					"Land where the geology is known", supplyChain, "Buyers are close", services, "Extension officers", impacts,
					"Both regulate and promote", licensed, categoryId, categoryReason, transboundaryMeasure, instruments));
		}
	}

	/** The rest of the jurisdiction: goals, agencies on the task force, the border, the areas. */
	static final class InputBuilder {

		final List<TypeBuilder> types = new ArrayList<>();

		List<GoalFacts> goals = List.of();

		Set<Long> represented = Set.of(MINING, ENVIRONMENT);

		Set<Commodity> crossBorder = Set.of();

		Map<Long, Integer> borderSites = new HashMap<>();

		InputBuilder goals(GoalFacts... goals) {
			this.goals = List.of(goals);
			return this;
		}

		InputBuilder represented(Long... agencies) {
			this.represented = Set.of(agencies);
			return this;
		}

		InputBuilder crossingBorders(Commodity... commodities) {
			this.crossBorder = Set.of(commodities);
			return this;
		}

		InputBuilder nearBorder(long typeId, int sites) {
			borderSites.put(typeId, sites);
			return this;
		}

		CoherenceInput build() {
			List<Drafted.TypeDraft> drafts = types.stream().map(TypeBuilder::build).toList();
			Drafted draft = new Drafted(WS, drafts, List.of(), List.of(LICENSING, TRAINING, BUYING, CLOSURE, SECURITY),
					List.of(ARTISANAL_PERMIT, SMALL_SCALE_LICENCE, ZONE_PERMIT));
			Map<Long, CoherenceInput.Technique> techniques = Map.of(WHOLE_ORE_AMALGAMATION.id(), WHOLE_ORE_AMALGAMATION,
					UNSUPPORTED_PITS.id(), UNSUPPORTED_PITS, RETORTS.id(), RETORTS);
			Map<Long, String> agencies = Map.of(MINING, "Ministry of Mines", ENVIRONMENT, "Environment Agency", FINANCE, "Ministry of Finance");
			Map<Long, AreaInfo> areas = Map.of(NORTH.id(), NORTH, KIRRU.id(), KIRRU, LAKE.id(), LAKE);
			Map<Commodity, String> names = new java.util.EnumMap<>(Commodity.class);
			names.put(Commodity.GOLD, "Gold");
			names.put(Commodity.DEVELOPMENT_MINERALS, "Development minerals");
			return new CoherenceInput(draft, techniques, goals, agencies, represented, crossBorder, 10, borderSites, areas, names);
		}
	}
}
