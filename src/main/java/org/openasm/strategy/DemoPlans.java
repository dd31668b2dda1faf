package org.openasm.strategy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.TechniqueGrade;

/**
 * The demo's strategy for each of its types, in words a ministry would write, and how each type's
 * unacceptable and poor techniques are shared out among its instruments: an unacceptable one goes to
 * the first regulating instrument that suits it (and to the promoting ones that offer the
 * alternative), a poor one to every instrument that suits it.
 */
final class DemoPlans {

	static final String MANUAL_GOLD = "Manual alluvial gold";

	static final String DEVELOPMENT = "Development minerals";

	/** An instrument in a plan: catalogue code, lead agency kind, cost in the workspace's currency, target, good techniques it moves towards, forum inputs by topic. */
	record Use(String code, String lead, String cost, String target, List<String> towards, List<String> inputs, boolean servesUnservedGoals) {
		Use(String code, String lead, String cost, String target, List<String> towards, List<String> inputs) {
			this(code, lead, cost, target, towards, inputs, false);
		}

		Use(String code, String lead, String cost, String target, List<String> towards) {
			this(code, lead, cost, target, towards, List.of(), false);
		}
	}

	/** A type's strategy: the form without areas and category, the areas and the category by name, and the instruments. */
	record Plan(StrategyForm strategy, List<String> landAreas, String category, List<Use> uses) {
	}

	/** Which instruments suit moving away from a technique, best first; regulating ones come first for the unacceptable ones. */
	static final Map<String, List<String>> SUITS = new LinkedHashMap<>();

	static {
		List<String> mercury = List.of("REGULATION_AND_STANDARDS", "CLOSURE_PROCEDURES", "MONITORING_AND_ENFORCEMENT", "EDUCATION_AND_TRAINING",
				"EQUIPMENT", "CLEAN_PROCESSING_PLANTS", "DEMONSTRATION_SITES");
		SUITS.put("WHOLE_ORE_AMALGAMATION", mercury);
		SUITS.put("OPEN_BURNING_AMALGAM", mercury);
		SUITS.put("RESIDENTIAL_BURNING", mercury);
		SUITS.put("CYANIDE_ON_MERCURY_TAILINGS", mercury);
		SUITS.put("CHILD_LABOUR", List.of("MONITORING_AND_ENFORCEMENT", "REGULATION_AND_STANDARDS", "EDUCATION_FOR_FAMILIES"));
		SUITS.put("ILLEGAL_LEVIES", List.of("SECURITY", "MONITORING_AND_ENFORCEMENT"));
		SUITS.put("DEEP_PITS_NO_SUPPORT", List.of("REGULATION_AND_STANDARDS", "MONITORING_AND_ENFORCEMENT", "SERVICES_AND_ASSISTANCE"));
		SUITS.put("CONCENTRATE_AMALGAMATION_NO_RETORT",
				List.of("EQUIPMENT", "EDUCATION_AND_TRAINING", "CLEAN_PROCESSING_PLANTS", "DEMONSTRATION_SITES", "CLOSURE_PROCEDURES"));
		SUITS.put("INFORMAL_MERCURY_SUPPLY", List.of("MONITORING_AND_ENFORCEMENT", "REGULATION_AND_STANDARDS"));
		SUITS.put("DRY_CRUSHING", List.of("EQUIPMENT", "DEMONSTRATION_SITES", "SERVICES_AND_ASSISTANCE"));
		SUITS.put("TAILINGS_TO_RIVERS", List.of("REGULATION_AND_STANDARDS", "MONITORING_AND_ENFORCEMENT", "CLOSURE_PROCEDURES"));
		SUITS.put("FOREST_CLEARING", List.of("LAND_AND_ZONES", "REGULATION_AND_STANDARDS", "EDUCATION_AND_TRAINING"));
		SUITS.put("UNLICENSED_TRADERS", List.of("BUYING_SCHEME", "LICENSING", "SUPPLY_CHAIN_INITIATIVES"));
		SUITS.put("SMUGGLING", List.of("BUYING_SCHEME", "MONITORING_AND_ENFORCEMENT", "SUPPLY_CHAIN_INITIATIVES"));
		SUITS.put("NO_PROTECTIVE_EQUIPMENT", List.of("EQUIPMENT", "EDUCATION_AND_TRAINING", "SERVICES_AND_ASSISTANCE", "REGULATION_AND_STANDARDS"));
		SUITS.put("PITS_ABANDONED", List.of("REGULATION_AND_STANDARDS", "LAND_AND_ZONES", "CLOSURE_PROCEDURES"));
		SUITS.put("WOMEN_LOWEST_PAID_TASKS", List.of("EDUCATION_AND_TRAINING", "CREDIT_AND_INSURANCE", "SERVICES_AND_ASSISTANCE"));
		SUITS.put("RIVER_DREDGING", List.of("REGULATION_AND_STANDARDS", "MONITORING_AND_ENFORCEMENT"));
		SUITS.put("UNCONTROLLED_BLASTING", List.of("REGULATION_AND_STANDARDS", "INPUT_SUBSIDIES", "MONITORING_AND_ENFORCEMENT"));
	}

	private DemoPlans() {
	}

	/**
	 * Catalogue code of an instrument to the ids of the techniques it moves away from: every practised
	 * unacceptable technique to its first suitable regulating instrument and the promoting ones after
	 * it, every poor one to all suitable instruments; the first practised technique named in {@code skip}
	 * to none.
	 */
	static Map<String, Set<Long>> awayFrom(Plan plan, List<TechniqueFacts> practised, List<String> skip) {
		Set<String> inPlan = new LinkedHashSet<>();
		plan.uses().forEach(u -> inPlan.add(u.code()));
		String skipped = skip.stream().filter(code -> practised.stream().anyMatch(t -> code.equals(t.code()) && t.grade() == TechniqueGrade.POOR))
			.findFirst()
			.orElse(null);
		Map<String, Set<Long>> away = new LinkedHashMap<>();
		for (TechniqueFacts t : practised) {
			if ((t.grade() != TechniqueGrade.UNACCEPTABLE && t.grade() != TechniqueGrade.POOR) || t.code().equals(skipped)) {
				continue;
			}
			List<String> suits = SUITS.getOrDefault(t.code(), List.of("REGULATION_AND_STANDARDS", "MONITORING_AND_ENFORCEMENT"));
			boolean regulated = false;
			for (String code : suits) {
				if (!inPlan.contains(code)) {
					continue;
				}
				boolean regulating = InstrumentCatalogue.of(code).map(e -> e.mode() == InstrumentMode.REGULATE).orElse(false);
				if (t.grade() == TechniqueGrade.UNACCEPTABLE && regulating && regulated) {
					continue;
				}
				regulated |= regulating;
				away.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(t.id());
			}
			if (t.grade() == TechniqueGrade.UNACCEPTABLE && !regulated) {
				String fallback = plan.uses().stream()
					.map(Use::code)
					.filter(code -> InstrumentCatalogue.of(code).map(e -> e.mode() == InstrumentMode.REGULATE).orElse(false))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("The demo plan has no regulating instrument for " + t.code()));
				away.computeIfAbsent(fallback, k -> new LinkedHashSet<>()).add(t.id());
			}
			else if (t.grade() == TechniqueGrade.POOR && suits.stream().noneMatch(inPlan::contains)) {
				away.computeIfAbsent(plan.uses().get(0).code(), k -> new LinkedHashSet<>()).add(t.id());
			}
		}
		return away;
	}

	static Plan of(String typeName) {
		return PLANS.get(typeName);
	}

	private static StrategyForm acting(Boolean land, String landWhy, boolean exclusive, Boolean chain, String chainWhy, Boolean services,
			String servicesWhy, ImpactsApproach approach, String approachWhy, Boolean licensed, String categoryWhy, String transboundary) {
		StrategyForm f = new StrategyForm();
		f.setDecision(TypeDecision.ACT);
		f.setAllocateLand(land);
		f.setLandRationale(landWhy);
		f.setLandExclusive(exclusive);
		f.setSupplyChain(chain);
		f.setSupplyChainRationale(chainWhy);
		f.setServices(services);
		f.setServicesRationale(servicesWhy);
		f.setImpactsApproach(approach);
		f.setImpactsRationale(approachWhy);
		f.setLicensed(licensed);
		f.setCategoryReason(categoryWhy);
		f.setTransboundaryMeasure(transboundary);
		return f;
	}

	private static final Map<String, Plan> PLANS = new LinkedHashMap<>();

	static {
		PLANS.put(MANUAL_GOLD, new Plan(acting(true,
				"Diggers work on land held by others and are moved on; ASM zones with plots they can hold give them a reason to invest and rehabilitate.",
				false, true, "The Bank of Meridia programme and the exporters buy from traceable sources at a better price.", true,
				"Extension officers in every gold district teach gravity concentration and retorts.", ImpactsApproach.BOTH,
				"Ban the worst mercury practices and child labour; promote retorts and gravity concentration so the ban can be kept.", true,
				"Most diggers will work inside the ASM zones, so they hold the zone permit rather than the artisanal permit other hand diggers hold.",
				"Buying centres in the Highlands and the Lake Basin pay close to the Kandor border price, and seizures at the Damba crossing are shared with Kandor each month."),
				List.of("Northern Highlands", "Lake Basin"), "ASM zone permit",
				List.of(new Use("LAND_AND_ZONES", "LAND", "450000000", "Four ASM zones declared in the Northern Highlands and the Lake Basin by 2027", List.of("PROGRESSIVE_REHABILITATION")),
						new Use("LICENSING", "MINING", "180000000", "Half of the manual diggers hold an ASM zone permit by 2028", List.of()),
						new Use("REGULATION_AND_STANDARDS", "ENVIRONMENT", "120000000",
								"Whole-ore amalgamation, open burning and burning at home banned in the mining regulations by 2027", List.of("RETORT"),
								List.of("A timetable for phasing out mercury")),
						new Use("MONITORING_AND_ENFORCEMENT", "MINING", "200000000", "Every ASM zone inspected each season from 2027", List.of()),
						new Use("EDUCATION_AND_TRAINING", "MINING", "300000000", "Mercury use halved at the pilot sites by 2028",
								List.of("RETORT", "SLUICE_BOXES"), List.of(), true),
						new Use("EQUIPMENT", "MINING", "250000000", "2,000 retorts sold at cost by 2028", List.of("RETORT", "SLUICE_BOXES")),
						new Use("BUYING_SCHEME", "MINING", "2000000000", "60 % of the gold produced sold through licensed buying centres by 2029",
								List.of("LICENSED_BUYING_CENTRE", "LOT_RECORDS"), List.of("Buying-scheme prices and payment delays")),
						new Use(StrategyDemo.LABOUR_LED, "LABOUR", "150000000", "No child found at work on an inspected site in 2029", List.of(),
								List.of("Childcare at processing sites")))));
		PLANS.put("Semi-mechanised alluvial gold", new Plan(acting(false,
				"Operators apply for licence areas of their own; ASM zones are kept for the manual diggers.", false, true,
				"Their volumes make traceable supply to the exporters worthwhile.", false,
				"Operators can pay for expertise; the state regulates rather than assists.", ImpactsApproach.REGULATE,
				"Known operators with equipment can be licensed, inspected and made to process without mercury.", true,
				"Mechanised crews work larger areas than hand diggers and can carry an environmental plan.",
				"Pump and excavator fuel is supplied from Kandor: licences require the purchase records, and customs check gold carried by operators at the border."),
				List.of(), "Small-scale mining licence",
				List.of(new Use("LICENSING", "MINING", "90000000", "Every semi-mechanised operation licensed by 2027", List.of()),
						new Use("REGULATION_AND_STANDARDS", "ENVIRONMENT", "60000000", "Settling ponds and backfilling a licence condition from 2027",
								List.of("SETTLING_PONDS", "PROGRESSIVE_REHABILITATION")),
						new Use("MONITORING_AND_ENFORCEMENT", "WATER", "80000000", "Monthly water sampling downstream of every wash plant in the rainy season",
								List.of(), List.of("Water sampling downstream of the washing plants")),
						new Use("CLEAN_PROCESSING_PLANTS", "MINING", "600000000", "Two mercury-free processing plants running by 2028",
								List.of("CENTRIFUGES", "SHAKING_TABLES", "DIRECT_SMELTING_BORAX")),
						new Use("BUYING_SCHEME", "MINING", "500000000", "All licensed operators sell through the buying centres by 2028",
								List.of("LICENSED_BUYING_CENTRE", "LOT_RECORDS")))));
		PLANS.put("Hard-rock gold", new Plan(acting(false,
				"Reef sites are fixed and already held by their crews; they need titles, not new land.", false, true,
				"Processing centres in Kirru sell to the Osso Ridge buying centre, which can record lots.", true,
				"Mine planning and ground support are beyond the crews’ means.", ImpactsApproach.BOTH,
				"Stop deep pits without support and whole-ore amalgamation; help crews support their shafts and crush wet.", true,
				"Crews of tens with shafts and mills are small-scale operations, not hand diggers: they hold the small-scale licence.",
				"Gold from Kirru reaches Kandor through the unlicensed runners: the Osso Ridge centre buys at the border price and lots are recorded."),
				List.of(), "Small-scale mining licence",
				List.of(new Use("LICENSING", "MINING", "40000000", "Every reef crew licensed by 2028", List.of()),
						new Use("REGULATION_AND_STANDARDS", "MINING", "30000000", "Ground support required below three metres from 2027",
								List.of("SUPPORTED_SHAFTS", "FIRST_AID_ON_SITE")),
						new Use("SERVICES_AND_ASSISTANCE", "MINING", "150000000", "A mine planning and ground support adviser visits every site twice a year",
								List.of("SUPPORTED_SHAFTS", "WET_CRUSHING")),
						new Use("DEMONSTRATION_SITES", "MINING", "120000000", "A demonstration mill with wet crushing and retorts in Kirru by 2027",
								List.of("WET_CRUSHING", "RETORT")),
						new Use("GEOLOGICAL_DATA", "MINING", "70000000", "Reef maps of Kirru and Osso Ridge published for the crews by 2028", List.of()),
						new Use("MONITORING_AND_ENFORCEMENT", "MINING", "50000000", "Every shaft inspected once a year", List.of()))));
		StrategyForm close = acting(false, "Reprocessing is to end; no land is allocated to it.", false, false,
				"A closing activity is not brought into supply-chain schemes.", false, "Assistance goes to moving the workers on, not to the activity.",
				ImpactsApproach.REGULATE, "Close the sites, clean them up, and help the few workers into other work.", false, null,
				"Gold recovered from tailings is seized at the border posts like any undeclared gold.");
		close.setDecision(TypeDecision.CLOSE);
		close.setDecisionReason("Reworking amalgamation residues releases the mercury already in the ground for little gold; the few sites are closed "
				+ "and cleaned up, as the national Minamata action plan requires.");
		PLANS.put("Gold tailings reprocessing", new Plan(close, List.of(), null,
				List.of(new Use("CLOSURE_PROCEDURES", "MINING", "60000000", "Every tailings reprocessing site closed and fenced by the end of 2027",
						List.of()),
						new Use("MONITORING_AND_ENFORCEMENT", "ENVIRONMENT", "40000000", "Closed sites checked each quarter for two years", List.of()),
						new Use("ECONOMIC_RESETTLEMENT", "LAND", "80000000", "Every worker of a closed site offered a plot in an ASM zone or a training place",
								List.of()))));
		PLANS.put("Tin, tantalum and tungsten (3T)", new Plan(acting(false,
				"The pits are on customary land the diggers already work by agreement.", false, true,
				"The regional traceability scheme opens the buyers who pay for due diligence.", true,
				"Bagging and tagging at every site needs trained agents.", ImpactsApproach.BOTH,
				"Keep armed groups and children out of the sites; make the minerals traceable.", true,
				"Diggers work by hand in family teams: the artisanal permit, as for other hand diggers outside the zones.",
				"Bags tagged at the site and checked at the border with Kandor under the regional certification mechanism."),
				List.of(), "Artisanal mining permit",
				List.of(new Use("SUPPLY_CHAIN_INITIATIVES", "MINING", "90000000", "Every 3T site in Sundiri and Nyaloa bagging and tagging by 2027",
						List.of("LOT_RECORDS")),
						new Use("SECURITY", "MINING", "110000000", "No armed presence reported at a 3T site in 2028", List.of()),
						new Use("LICENSING", "MINING", "30000000", "Every digger team holds an artisanal permit by 2028", List.of()),
						new Use("MONITORING_AND_ENFORCEMENT", "MINING", "45000000", "Every 3T site inspected twice a year for children and armed groups",
								List.of()))));
		PLANS.put("Coloured gemstones", new Plan(acting(true,
				"The plateau associations ask for land reserved to gem digging, away from the farms.", true, false,
				"No responsible-sourcing scheme exists yet for Meridia’s stones.", true,
				"Valuation and cutting training multiply what a stone fetches.", ImpactsApproach.BOTH,
				"Promote sorting, valuation and cutting; keep children out of the pits.", true,
				"Gem diggers work by hand in small teams outside ASM zones: the artisanal permit.",
				"An export office in Port Selem values and declares stones so they no longer leave uncut across the border."),
				List.of("Eastern Plateau"), "Artisanal mining permit",
				List.of(new Use("LAND_AND_ZONES", "LAND", "150000000", "A gem digging area reserved on the Eastern Plateau by 2027",
						List.of("TOPSOIL_STOCKPILED", "PROGRESSIVE_REHABILITATION")),
						new Use("LICENSING", "MINING", "20000000", "Every association member holds an artisanal permit by 2028", List.of()),
						new Use("EDUCATION_AND_TRAINING", "MINING", "90000000", "200 diggers and sorters trained in grading and cutting by 2028",
								List.of("JIGS_AND_SIEVES")),
						new Use("CREDIT_AND_INSURANCE", "MINING", "100000000", "A credit line for the associations, half of it to women sorters",
								List.of()),
						new Use("MONITORING_AND_ENFORCEMENT", "MINING", "25000000", "Every gem field inspected each dry season", List.of()))));
		PLANS.put(DEVELOPMENT, new Plan(acting(false,
				"Quarries sit on municipal and private land near the towns; the municipalities allocate it.", false, false,
				"Stone and sand are sold locally; no supply-chain scheme applies.", false,
				"Municipal engineers already advise the quarries.", ImpactsApproach.REGULATE,
				"Simple permit conditions on faces, dust and river banks, checked by the municipalities.", true,
				"Quarries are permitted by the municipality, not the mining ministry.",
				"Sand trucks crossing the Damba bridge carry a quarry permit number on their waybill."),
				List.of(), "Quarry permit",
				List.of(new Use("LICENSING", "MINING", "15000000", "Every quarry near Port Selem and Damba permitted by 2027", List.of()),
						new Use("REGULATION_AND_STANDARDS", "ENVIRONMENT", "10000000", "No sand pit within 50 m of a river bank from 2027",
								List.of("BENCHED_PITS")),
						new Use("MONITORING_AND_ENFORCEMENT", "ENVIRONMENT", "12000000", "Every permitted quarry visited once a year", List.of()))));
		PLANS.put("Salt", new Plan(acting(false, "The pans are on coastal land the cooperatives hold.", false, false,
				"Salt is sold in local markets.", true, "Iodisation equipment and training for the cooperatives.", ImpactsApproach.PROMOTE,
				"Little harm: help the cooperatives iodise their salt and replant mangroves.", false, null,
				"Salt sold across the lagoon to Kandor is declared at the Port Selem customs post like any other good."),
				List.of(), null,
				List.of(new Use("SERVICES_AND_ASSISTANCE", "MINING", "20000000", "Every salt cooperative iodising its salt by 2028", List.of()),
						new Use("EDUCATION_AND_TRAINING", "ENVIRONMENT", "8000000", "Mangroves replanted along the pans of Port Selem and Damba",
								List.of("PROGRESSIVE_REHABILITATION")))));
	}
}
