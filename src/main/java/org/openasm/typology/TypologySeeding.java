package org.openasm.typology;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every new workspace gets the guidance's five prioritisation criteria, weight 1 each. The demo
 * jurisdiction (after its sites, order 20, and its vision, order 30) also gets eight types that type
 * every demo site, weights that put the severity of harm first, full scores with their reasons and a
 * recorded ranking. Hand-checked weighted scores (weights 3, 2, 2, 1.5, 1; Σ = 9.5): manual alluvial gold
 * 40.5 / 9.5 = 4.26, semi-mechanised alluvial gold 4.00, hard-rock gold 3.21, development minerals 3.11,
 * tailings 3.05, gemstones 3.00, 3T 2.63, salt 2.32. At ±20 % development minerals moves between 3rd and
 * 5th and tailings between 4th and 6th: both are flagged unstable, as a real close call would be.
 */
@Component
class TypologySeeding {

	private final Prioritisation priorities;

	private final SectorTypeRepository types;

	private final CriterionRepository criteria;

	private final ScoreRepository scores;

	TypologySeeding(Prioritisation priorities, SectorTypeRepository types, CriterionRepository criteria, ScoreRepository scores) {
		this.priorities = priorities;
		this.types = types;
		this.criteria = criteria;
		this.scores = scores;
	}

	@EventListener
	@Order(40)
	void on(WorkspaceCreated event) {
		priorities.seed(event.workspaceId());
		if (event.demo()) {
			demo(event.workspaceId());
		}
	}

	private void demo(long ws) {
		Map<String, Criterion> byCode = new LinkedHashMap<>();
		criteria.findByWorkspaceIdOrderBySortOrderAscIdAsc(ws).forEach(c -> byCode.put(c.getCode(), c));
		weight(byCode.get("SEVERITY"), "3");
		weight(byCode.get("POSITIVE_IMPACT"), "2");
		weight(byCode.get("PEOPLE"), "2");
		weight(byCode.get("TRACTABILITY"), "1.5");
		weight(byCode.get("COST_FEASIBILITY"), "1");
		List<Criterion> order = List.copyOf(byCode.values());

		type(ws, order, "Manual alluvial gold",
				"Pits and riverbed diggings worked by hand, panning and sluicing, with whole-ore amalgamation; the bulk of the sector's people in the Northern Highlands and the Lake Basin.",
				Map.of("commodity", Set.of("GOLD"), "deposit", Set.of("ALLUVIAL"), "mechanisation", Set.of("MANUAL")),
				new int[] { 5, 4, 5, 3, 3 },
				"Mercury is used at most sites and burnt in the open; children work on a quarter of the sites; rivers are silted.",
				"Formal buying and better recovery could keep most of the gold in the official chain and raise incomes.",
				"The largest group: most of the sites and most of the recorded workers, many of them women who pan and carry.",
				"Thousands of scattered, mostly unlicensed diggers are hard to reach, although district officers know the main clusters.",
				"Extension work, ASM zones and buying centres are affordable but need staff in every district.");
		type(ws, order, "Semi-mechanised alluvial gold",
				"Alluvial gold worked with pumps, excavators or small wash plants; fewer, larger operators, often financed by traders.",
				Map.of("commodity", Set.of("GOLD"), "deposit", Set.of("ALLUVIAL"), "mechanisation", Set.of("SEMI_MECHANISED", "MECHANISED")),
				new int[] { 4, 5, 3, 4, 4 },
				"Large volumes of mercury and heavy river siltation; pits left open after mining.",
				"The highest production per site: licensing and royalties would bring the most revenue back to the state.",
				"Fewer people than manual diggings, with mostly male crews.",
				"Operators are known, own equipment and can be licensed and inspected.",
				"Licensing and inspection are cheap per ounce; operators can pay for mercury-free processing.");
		type(ws, order, "Hard-rock gold",
				"Shafts and adits on quartz reefs, manual crushing and milling, processing with mercury.",
				Map.of("commodity", Set.of("GOLD"), "deposit", Set.of("HARD_ROCK")),
				new int[] { 4, 4, 2, 3, 2 },
				"Shaft collapses and accidents are reported every year; mercury is used in milling.",
				"Reefs are rich: better recovery and safe milling would raise incomes markedly.",
				"Few sites, each with a crew of tens.",
				"Sites are fixed and known, but lie in remote parts of Kirru and Osso Ridge.",
				"Ground support, ventilation and processing centres are costly.");
		type(ws, order, "Gold tailings reprocessing",
				"Reworking of old tailings and amalgamation residues for the gold they still hold.",
				Map.of("commodity", Set.of("GOLD"), "deposit", Set.of("TAILINGS")),
				new int[] { 4, 2, 1, 4, 5 },
				"Reworked residues release mercury already in the ground; exposure is concentrated at the processing spots.",
				"Low grades: little extra gold or revenue to gain.",
				"A handful of small sites.",
				"Sites sit next to known buying centres and can be reached easily.",
				"Few sites: a clean-up and a ban on reprocessing with mercury cost little.");
		type(ws, order, "Tin, tantalum and tungsten (3T)",
				"Coltan and cassiterite dug in open pits and washed and sorted by hand in Nyaloa and Sundiri.",
				Map.of("commodity", Set.of("TIN_TANTALUM_TUNGSTEN")),
				new int[] { 3, 3, 2, 2, 3 },
				"Armed presence reported in Sundiri and some child labour; little chemical pollution.",
				"Traceable supply could reach buyers who pay for due diligence.",
				"A modest share of the sector's workers.",
				"Armed groups in Sundiri and cross-border trading make the sites hard to influence.",
				"Due-diligence schemes exist but need bagging and tagging at every site.");
		type(ws, order, "Coloured gemstones",
				"Pits and trenches on the Eastern Plateau, gravels washed and gems picked by hand.",
				Map.of("commodity", Set.of("COLOURED_GEMSTONES")),
				new int[] { 2, 5, 3, 3, 2 },
				"Deforestation and open pits; no mercury.",
				"Stones leave the country uncut and undeclared: valuation and cutting at home would multiply their value.",
				"A sizeable group on the plateau, with many women in sorting.",
				"Diggers are organised in a few associations the ministry already talks to.",
				"Valuation, an export office and cutting training are expensive to set up.");
		type(ws, order, "Development minerals",
				"Quarrying of stone, sand and gravel, and other industrial minerals, near Port Selem and Damba.",
				Map.of("commodity", Set.of("DEVELOPMENT_MINERALS", "OTHER")),
				new int[] { 2, 3, 3, 5, 4 },
				"Dust and unsafe quarry faces; sand pits along rivers.",
				"Steady local income for building; little export revenue.",
				"Many workers close to the towns, many of them women who crush stone by hand.",
				"Municipalities already issue quarry permits and can add simple conditions.",
				"Simple safety rules and permit conditions cost little.");
		type(ws, order, "Salt",
				"Solar evaporation pans on the coast of Port Selem and Damba.",
				Map.of("commodity", Set.of("SALT")),
				new int[] { 1, 2, 2, 4, 5 },
				"Little harm: some mangrove clearing.",
				"Local markets only; iodisation could improve health.",
				"Mostly women working the pans in the dry season.",
				"Cooperatives are organised and willing to register.",
				"Registration and iodisation support are cheap.");
		priorities.record(ws, Sensitivity.DEFAULT_PERCENT, null);
	}

	private void weight(Criterion c, String weight) {
		c.describe(null, null, new BigDecimal(weight));
		criteria.save(c);
	}

	private void type(long ws, List<Criterion> order, String name, String description, Map<String, Set<String>> accepted, int[] values,
			String... rationales) {
		SectorType t = new SectorType(ws);
		t.describe(name, description, accepted);
		types.save(t);
		for (int i = 0; i < order.size(); i++) {
			Score s = new Score(ws, t.getId(), order.get(i).getId());
			s.set(values[i], rationales[i]);
			scores.save(s);
		}
		scores.flush();
	}
}
