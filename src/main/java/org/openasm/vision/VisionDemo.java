package org.openasm.vision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.context.Commodity;
import org.openasm.context.SiteFacts;
import org.openasm.context.SiteRegister;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Step 2.1 for the demo jurisdiction, consistent with its sites: techniques are linked to each site
 * from its commodity, deposit, mechanisation, legal status and what was observed there (alluvial gold
 * with mercury amalgamates whole ore or a concentrate, some burning in the open; hard-rock gold digs
 * shafts, many without support; child labour where it was seen; gravity concentration and retorts at
 * some sites). Every practised technique is graded but one (jigs and sieves), so the step shows one
 * real gap. Six significant issues with evidence from the sites, sector estimates, supply-chain flows
 * and a forum input, five goals and a vision statement. Runs just before the workspace's transaction
 * commits, after every module has seeded its demo records (sites at {@code @Order(20)}, and the
 * estimates, flows and forum inputs the evidence points to).
 */
@Component
class VisionDemo {

	/** Left ungraded on purpose. */
	static final String UNGRADED = "JIGS_AND_SIEVES";

	private final TechniqueRegister techniques;

	private final SiteTechniqueRepository links;

	private final TechniqueRepository techniqueRows;

	private final SiteRegister sites;

	private final VisionManagement vision;

	private final RecordLinks records;

	VisionDemo(TechniqueRegister techniques, SiteTechniqueRepository links, TechniqueRepository techniqueRows, SiteRegister sites,
			VisionManagement vision, RecordLinks records) {
		this.techniques = techniques;
		this.links = links;
		this.techniqueRows = techniqueRows;
		this.sites = sites;
		this.vision = vision;
		this.records = records;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(30)
	void on(WorkspaceCreated event) {
		if (event.demo()) {
			seed(event.workspaceId());
		}
	}

	void seed(long ws) {
		Map<String, Technique> byCode = new LinkedHashMap<>();
		techniques.techniques(ws).stream().filter(Technique::isCatalogued).forEach(t -> byCode.put(t.getCode(), t));
		List<SiteFacts> all = sites.facts(ws);
		Map<String, List<SiteFacts>> practised = new LinkedHashMap<>();
		for (SiteFacts site : all) {
			for (String code : practisedAt(site)) {
				Technique t = byCode.get(code);
				if (t != null) {
					links.save(new SiteTechnique(t, site.id()));
					practised.computeIfAbsent(code, k -> new ArrayList<>()).add(site);
				}
			}
		}
		links.flush();
		for (String code : practised.keySet()) {
			if (!code.equals(UNGRADED)) {
				Technique t = byCode.get(code);
				t.grade(t.getSuggestedGrade(), rationale(code, t.getSuggestedGrade()));
			}
		}
		techniqueRows.flush();
		issuesAndGoals(ws, all, practised);
	}

	/** The catalogue codes practised at a site, derived from what the context analysis recorded of it. */
	static Set<String> practisedAt(SiteFacts s) {
		Set<String> codes = new LinkedHashSet<>();
		Set<String> impacts = s.impacts();
		boolean gold = s.commodity() == Commodity.GOLD;
		boolean alluvial = "ALLUVIAL".equals(s.depositType());
		boolean hardRock = "HARD_ROCK".equals(s.depositType());
		boolean manual = "MANUAL".equals(s.mechanisation());
		long n = s.id();
		if (gold && impacts.contains("MERCURY_USE")) {
			if (alluvial && n % 3 == 0) {
				codes.add("WHOLE_ORE_AMALGAMATION");
			}
			else if ("TAILINGS".equals(s.depositType()) && !manual) {
				codes.add("CYANIDE_ON_MERCURY_TAILINGS");
			}
			else if (n % 5 == 0) {
				codes.add("RETORT");
			}
			else {
				codes.add("CONCENTRATE_AMALGAMATION_NO_RETORT");
			}
			if (!codes.contains("RETORT") && n % 4 == 0) {
				codes.add(n % 8 == 0 ? "RESIDENTIAL_BURNING" : "OPEN_BURNING_AMALGAM");
			}
			codes.add("INFORMAL_MERCURY_SUPPLY");
		}
		if (gold && alluvial) {
			codes.add(manual ? "SLUICE_BOXES" : "CENTRIFUGES");
		}
		if (gold && hardRock) {
			codes.add(n % 3 == 0 ? "SUPPORTED_SHAFTS" : "DEEP_PITS_NO_SUPPORT");
			codes.add(manual ? "DRY_CRUSHING" : "WET_CRUSHING");
		}
		if (gold && !manual && !impacts.contains("MERCURY_USE")) {
			codes.add("SHAKING_TABLES");
			codes.add("DIRECT_SMELTING_BORAX");
		}
		if ((s.commodity() == Commodity.TIN_TANTALUM_TUNGSTEN || s.commodity() == Commodity.COLOURED_GEMSTONES) && alluvial) {
			codes.add("JIGS_AND_SIEVES");
		}
		if (impacts.contains("WATER_POLLUTION")) {
			codes.add("TAILINGS_TO_RIVERS");
		}
		if (impacts.contains("DEFORESTATION")) {
			codes.add("FOREST_CLEARING");
		}
		if (impacts.contains("CHILD_LABOUR")) {
			codes.add("CHILD_LABOUR");
		}
		if (impacts.contains("CONFLICT_OR_ARMED_PRESENCE")) {
			codes.add("ILLEGAL_LEVIES");
		}
		if (impacts.contains("ACCIDENTS") || (manual && n % 2 == 0)) {
			codes.add("NO_PROTECTIVE_EQUIPMENT");
		}
		if ("UNLICENSED".equals(s.legalStatus())) {
			codes.add(gold && n % 4 == 1 ? "SMUGGLING" : "UNLICENSED_TRADERS");
			if (n % 3 == 1) {
				codes.add("PITS_ABANDONED");
			}
		}
		else {
			codes.add("LICENSED_BUYING_CENTRE");
			if ("IN_ASM_ZONE".equals(s.legalStatus())) {
				codes.add("PROGRESSIVE_REHABILITATION");
			}
		}
		if (s.women() * 100 >= 30 * (s.women() + s.men()) && manual) {
			codes.add("WOMEN_LOWEST_PAID_TASKS");
		}
		return codes;
	}

	private static String rationale(String code, TechniqueGrade grade) {
		return switch (grade) {
			case UNACCEPTABLE -> "Agreed by the task force on the forum's advice: to be ended in every district; "
					+ (code.contains("AMALGAM") || code.contains("BURNING") || code.contains("CYANIDE")
							? "Meridia ratified the Minamata Convention and its national action plan lists this practice for elimination."
							: "it endangers lives and cannot be improved, only stopped.");
			case POOR -> "Widespread and harmful, but it can be improved with training, equipment and formalisation; "
					+ "the strategy will offer miners a better alternative before it is restricted.";
			case GOOD -> "A practice the strategy will encourage: extension officers will demonstrate it and cooperatives will be helped to adopt it.";
		};
	}

	private void issuesAndGoals(long ws, List<SiteFacts> all, Map<String, List<SiteFacts>> practised) {
		List<RecordLinks.Linked> estimates = records.all(ws, "SectorEstimate");
		List<RecordLinks.Linked> flows = records.all(ws, "ChainFlow");
		List<RecordLinks.Linked> inputs = records.all(ws, "Input");
		List<RecordLinks.Linked> goldMiners = estimates.stream().filter(e -> e.label().startsWith("MINERS · GOLD")).toList();
		List<RecordLinks.Linked> goldProduction = estimates.stream().filter(e -> e.label().startsWith("PRODUCTION · GOLD")).toList();

		long mercury = issue(ws, IssueKind.MERCURY, "Mercury used on most alluvial gold sites", Significance.HIGH,
				"Four in five gold sites recorded use mercury; a third of the alluvial ones amalgamate whole ore and amalgam is burned in the open "
						+ "or at home. Meridia's Minamata national action plan commits it to end these practices.");
		sites(ws, mercury, practised.get("WHOLE_ORE_AMALGAMATION"), 3, "Whole-ore amalgamation seen by the district officer");
		sites(ws, mercury, practised.get("OPEN_BURNING_AMALGAM"), 1, "Amalgam burned in the open near the pits");
		first(goldMiners).ifPresent(e -> evidence(ws, mercury, e, "Estimated gold miners, most of them handling mercury"));

		long child = issue(ws, IssueKind.CHILD_LABOUR, "Children working on gold, coltan and gem sites", Significance.HIGH,
				"Minors were recorded at about a fifth of the gold sites and at some coltan pits and gem fields; child labour was "
						+ "observed at many of them, carrying ore and washing gravel in the school term.");
		for (Commodity mined : List.of(Commodity.GOLD, Commodity.TIN_TANTALUM_TUNGSTEN, Commodity.COLOURED_GEMSTONES)) {
			List<SiteFacts> where = practised.getOrDefault("CHILD_LABOUR", List.of()).stream().filter(s -> s.commodity() == mined).toList();
			sites(ws, child, where, mined == Commodity.GOLD ? 2 : 1, "Children observed at work");
		}

		long revenue = issue(ws, IssueKind.LOST_REVENUE, "Gold leaves through unlicensed traders and smuggling", Significance.HIGH,
				"Most gold is sold to unlicensed traders and part of it crosses the border undeclared: royalties are lost and "
						+ "buyers cannot show where the gold comes from.");
		flows.stream().limit(2).forEach(f -> evidence(ws, revenue, f, "Flow through informal buyers recorded in the supply-chain map"));
		sites(ws, revenue, practised.get("SMUGGLING"), 2, "Gold carried across the border by the buyer who visits this site");
		first(goldProduction).ifPresent(e -> evidence(ws, revenue, e, "Estimated production, far above what is exported legally"));

		long safety = issue(ws, IssueKind.HEALTH_AND_SAFETY, "Collapses in unsupported hard-rock pits", Significance.HIGH,
				"Two in three hard-rock gold sites dig deep pits without any support; accidents were reported at several of them.");
		sites(ws, safety, all.stream().filter(s -> s.impacts().contains("ACCIDENTS")).toList(), 2, "Accidents reported at this site");

		long water = issue(ws, IssueKind.WATER_POLLUTION, "Rivers silted and polluted by tailings", Significance.MEDIUM,
				"Tailings run straight into rivers at many alluvial sites, silting the water downstream farmers and fishers use.");
		sites(ws, water, practised.get("TAILINGS_TO_RIVERS"), 2, "Tailings discharged into the river");

		long women = issue(ws, IssueKind.GENDER_INEQUALITY, "Women confined to the lowest-paid tasks", Significance.MEDIUM,
				"Women are a third of the workforce at many manual sites but carry, wash and crush for a fraction of a digger's share "
						+ "and have no say in how sites are run.");
		first(inputs).ifPresent(i -> evidence(ws, women, i, "Raised in the forum"));
		sites(ws, women, practised.get("WOMEN_LOWEST_PAID_TASKS"), 1, "Women paid by the load, not by the share");

		goal(ws, "End the worst mercury practices and halve mercury use in gold processing",
				"Whole-ore amalgamation, open burning and burning at home ended; retorts and gravity concentration at every licensed site.",
				mercury, water);
		goal(ws, "No child works on a mine site", "Sites inspected each season; families supported to keep children in school.", child);
		goal(ws, "Gold sold through licensed channels pays its royalties",
				"Licensed buying centres in each gold district and lot-by-lot records from the site to the exporter.", revenue);
		goal(ws, "Safe pits: supported shafts, protective equipment and first aid at every site", null, safety);
		goal(ws, "Women share fairly in the income and decisions of the sites", null, women);

		StatementForm statement = new StatementForm();
		statement.setStatement("By 2032, artisanal and small-scale mining in Meridia is a formal, safe and mercury-free livelihood: "
				+ "miners hold titles to the land they work, sell through licensed channels that pay the state its due, "
				+ "no child works on a site, women share fairly in the income, and the land and rivers are restored as mining moves on.");
		vision.writeStatement(ws, statement);
	}

	private static java.util.Optional<RecordLinks.Linked> first(List<RecordLinks.Linked> list) {
		return list.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(list.get(0));
	}

	private long issue(long ws, IssueKind kind, String title, Significance significance, String rationale) {
		IssueForm form = new IssueForm();
		form.setKind(kind);
		form.setTitle(title);
		form.setSignificance(significance);
		form.setRationale(rationale);
		return vision.addIssue(ws, form);
	}

	/** Sites already given as evidence, per issue: a refusal inside the workspace's transaction would undo it all. */
	private final Map<Long, Set<Long>> used = new java.util.concurrent.ConcurrentHashMap<>();

	private void sites(long ws, long issueId, List<SiteFacts> sites, int count, String note) {
		if (sites == null) {
			return;
		}
		Set<Long> already = used.computeIfAbsent(issueId, k -> java.util.concurrent.ConcurrentHashMap.newKeySet());
		sites.stream().filter(s -> !already.contains(s.id())).limit(count).forEach(s -> {
			already.add(s.id());
			EvidenceForm form = new EvidenceForm();
			form.setType("MineSite");
			form.setRecordId(s.id());
			form.setNote(note);
			vision.addEvidence(ws, issueId, form);
		});
	}

	private void evidence(long ws, long issueId, RecordLinks.Linked record, String note) {
		EvidenceForm form = new EvidenceForm();
		form.setType(record.type());
		form.setRecordId(record.id());
		form.setNote(note);
		vision.addEvidence(ws, issueId, form);
	}

	private void goal(long ws, String title, String description, Long... issueIds) {
		GoalForm form = new GoalForm();
		form.setTitle(title);
		form.setDescription(description);
		form.setIssueIds(new LinkedHashSet<>(List.of(issueIds)));
		vision.addGoal(ws, form);
	}

}
