package org.openasm.context;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openasm.geo.AreaInfo;
import org.openasm.taskforce.AgencyInfo;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo jurisdiction's sector figures (gold, tin-tantalum, development minerals, gemstones and salt
 * over 2024–2025, each with an invented source and a confidence), its political-economy actors, and a
 * capacity grid for five of the seven seeded ministries (planning and labour not yet assessed).
 * All names and sources are invented.
 */
@Component
class DemoContextFigures {

	private final SectorFigures figures;

	private final PoliticalEconomy economy;

	private final CapacityAssessment capacity;

	DemoContextFigures(SectorFigures figures, PoliticalEconomy economy, CapacityAssessment capacity) {
		this.figures = figures;
		this.economy = economy;
		this.capacity = capacity;
	}

	/** After {@code geo.DemoAreas} ({@code @Order(0)}), so regional figures find their area. */
	@EventListener
	void on(WorkspaceCreated event) {
		if (event.demo()) {
			estimates(event.workspaceId());
			actors(event.workspaceId());
		}
	}

	/**
	 * The capacity grid rates the task force's agencies, which another module seeds on the same event
	 * in an order no listener can rely on; so the grid is filled just before the workspace's creation
	 * commits, in the same transaction, when every module has seeded its part.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void beforeCommit(WorkspaceCreated event) {
		if (event.demo()) {
			grid(event.workspaceId());
		}
	}

	private void estimates(long ws) {
		Map<String, Long> areas = figures.areas(ws).stream().collect(Collectors.toMap(AreaInfo::name, AreaInfo::id, (a, b) -> a));
		String census = "Ministry of Mines ASM census 2025";
		String study = "World Bank–style sector study 2024";
		estimate(ws, areas, EstimateFigure.MINERS, null, null, 2025, "60000", "85000", "120000", "persons", census, EstimateConfidence.MEDIUM);
		estimate(ws, areas, EstimateFigure.MINERS, Commodity.GOLD, null, 2025, "30000", "45000", "60000", "persons", census,
				EstimateConfidence.MEDIUM);
		estimate(ws, areas, EstimateFigure.MINERS, Commodity.GOLD, null, 2024, "25000", "38000", "55000", "persons",
				"Artisanal Miners’ Federation membership rolls 2024", EstimateConfidence.LOW);
		estimate(ws, areas, EstimateFigure.WOMEN_MINERS, Commodity.GOLD, null, 2025, "9000", "13500", "18000", "persons", census,
				EstimateConfidence.LOW);
		estimate(ws, areas, EstimateFigure.SITES, Commodity.GOLD, null, 2025, "600", "850", "1100", "sites",
				"Geological Survey remote-sensing inventory 2025", EstimateConfidence.MEDIUM);
		estimate(ws, areas, EstimateFigure.PRODUCTION, Commodity.GOLD, null, 2024, "8000", "12000", "16000", "kg", study,
				EstimateConfidence.MEDIUM);
		estimate(ws, areas, EstimateFigure.PRODUCTION, Commodity.GOLD, "Northern Highlands", 2025, "2500", "4000", "6000", "kg",
				"Northern Highlands regional mines office returns 2025", EstimateConfidence.MEDIUM);
		estimate(ws, areas, EstimateFigure.VALUE, Commodity.GOLD, null, 2024, "320000000000", "480000000000", "640000000000", "XOF", study,
				EstimateConfidence.MEDIUM);
		estimate(ws, areas, EstimateFigure.MERCURY_USED, Commodity.GOLD, null, 2024, "10000", "15600", "24000", "kg",
				"Minamata Convention national action plan baseline 2024", EstimateConfidence.LOW);
		estimate(ws, areas, EstimateFigure.MINERS, Commodity.TIN_TANTALUM_TUNGSTEN, "Eastern Plateau", 2025, "5000", "8000", "12000",
				"persons", "Eastern Plateau provincial mines directorate 2025", EstimateConfidence.LOW);
		estimate(ws, areas, EstimateFigure.PRODUCTION, Commodity.TIN_TANTALUM_TUNGSTEN, null, 2025, "900", "1200", "1500", "t",
				"Export records, Ministry of Trade 2025", EstimateConfidence.HIGH);
		estimate(ws, areas, EstimateFigure.VALUE, Commodity.TIN_TANTALUM_TUNGSTEN, null, 2025, "10800000000", "14400000000", "18000000000", "XOF",
				"Export records, Ministry of Trade 2025", EstimateConfidence.MEDIUM);
		estimate(ws, areas, EstimateFigure.MINERS, Commodity.DEVELOPMENT_MINERALS, null, 2024, "15000", "22000", "35000", "persons",
				"National labour force survey 2024 (quarrying module)", EstimateConfidence.MEDIUM);
		estimate(ws, areas, EstimateFigure.PRODUCTION, Commodity.DEVELOPMENT_MINERALS, null, 2024, "1200000", "1800000", "2500000", "t",
				"Ministry of Public Works aggregates survey 2024", EstimateConfidence.LOW);
		estimate(ws, areas, EstimateFigure.MINERS, Commodity.COLOURED_GEMSTONES, null, 2025, "9000", "14000", "20000", "persons",
				"Eastern Plateau gem traders’ association estimate 2025", EstimateConfidence.LOW);
		estimate(ws, areas, EstimateFigure.PRODUCTION, Commodity.COLOURED_GEMSTONES, null, 2025, "150", "300", "500", "kg",
				"Gemmological Institute of Meridia field survey 2025", EstimateConfidence.LOW);
		estimate(ws, areas, EstimateFigure.MINERS, Commodity.SALT, null, 2024, "3000", "4200", "5000", "persons",
				"Coastal Lowlands salt cooperatives register 2024", EstimateConfidence.HIGH);
		estimate(ws, areas, EstimateFigure.PRODUCTION, Commodity.SALT, null, 2024, "40000", "52000", "60000", "t",
				"Coastal Lowlands district statistics 2024", EstimateConfidence.HIGH);
	}

	/** A regional figure is left out when the area is missing (the demo areas come from the geo module). */
	private void estimate(long ws, Map<String, Long> areas, EstimateFigure figure, Commodity commodity, String area, int year, String low,
			String central, String high, String unit, String source, EstimateConfidence confidence) {
		Long areaId = area == null ? null : areas.get(area);
		if (area != null && areaId == null) {
			return;
		}
		EstimateForm f = new EstimateForm();
		f.setFigure(figure);
		f.setCommodity(commodity);
		f.setAreaId(areaId);
		f.setYear(year);
		f.setLow(new BigDecimal(low));
		f.setCentral(new BigDecimal(central));
		f.setHigh(new BigDecimal(high));
		f.setUnit(unit);
		f.setSource(source);
		f.setConfidence(confidence);
		figures.add(ws, f);
	}

	private void actors(long ws) {
		actor(ws, "Governor, Northern Highlands", PoliticalKind.POLITICAL, 4, PoliticalStance.SUPPORTIVE,
				"Governor Tobias Ekwe wants provincial revenue from ASM and licensing offices in Kirru and Tambali before the 2027 elections.",
				"Backs formalisation where it brings provincial fees; may resist national control of the revenue.");
		actor(ws, "Kirru gold buyers’ cartel", PoliticalKind.ECONOMIC, 5, PoliticalStance.STRONGLY_OPPOSED,
				"Five trading houses pre-finance pit owners and buy most Northern Highlands gold below the world price; export across the border.",
				"Lose their margin and their hold over miners if licensed buying centres pay transparent prices; may finance opposition or smuggling.");
		actor(ws, "Lake Basin customary chiefs", PoliticalKind.TRADITIONAL, 4, PoliticalStance.NEUTRAL,
				"Allocate land to pit owners for a share of output; want customary consent to be part of licensing.",
				"Support formalisation if licences need their consent, oppose it if licences bypass them.");
		actor(ws, "Army unit, Owela concession", PoliticalKind.SECURITY, 3, PoliticalStance.OPPOSED,
				"A battalion detachment guards the Owela large-scale concession; some officers take payments from miners working inside it.",
				"Evictions and extortion; violence if miners are moved out without an alternative area.");
		actor(ws, "Marasi Ridge Defence Front", PoliticalKind.ILLEGAL_OR_ARMED, 3, PoliticalStance.STRONGLY_OPPOSED,
				"An armed group taxing pits and road checkpoints on the Eastern Plateau (tin, tantalum and gold).",
				"Finances itself from ASM: a red flag for buyers’ due diligence and a threat to mining officers in Owela and Marasi.");
		actor(ws, "MP for Kirru, M. Dossou-Kabe", PoliticalKind.POLITICAL, 3, PoliticalStance.STRONGLY_SUPPORTIVE,
				"Hon. Miriam Dossou-Kabe: most of her constituents mine; campaigns for miners’ legal rights and women’s access to pits.",
				"Could turn against the strategy if licence fees are set above what miners can pay.");
		actor(ws, "Meridia Chamber of Mines", PoliticalKind.ECONOMIC, 4, PoliticalStance.SUPPORTIVE,
				"Speaks for the large-scale companies; wants artisanal miners off its members’ concessions and clear ASM zones.",
				"Supports formalisation that moves ASM away from concessions; may oppose ASM zones on prospective ground.");
	}

	private void actor(long ws, String name, PoliticalKind kind, int influence, PoliticalStance stance, String interests,
			String risks) {
		PoliticalActorForm f = new PoliticalActorForm();
		f.setName(name);
		f.setKind(kind);
		f.setInfluence(influence);
		f.setStance(stance);
		f.setInterests(interests);
		f.setRiskNotes(risks);
		economy.add(ws, f);
	}

	/** Existing → needed level per function, in {@link CapacitySeeding#FUNCTIONS} order; null = not rated. */
	private static final Map<String, Integer[][]> GRID = Map.of(
			"MINING", new Integer[][] { { 2, 3 }, { 1, 3 }, { 1, 3 }, { 2, 3 }, { 0, 2 }, { 0, 1 }, { 1, 2 }, { 1, 3 } },
			"ENVIRONMENT", new Integer[][] { { 1, 2 }, { 1, 2 }, null, null, { 0, 3 }, { 1, 1 }, null, { 0, 2 } },
			"FINANCE", new Integer[][] { { 0, 1 }, null, null, null, null, null, { 1, 3 }, { 2, 3 } },
			"LAND", new Integer[][] { { 1, 2 }, null, null, { 1, 2 }, null, null, null, { 1, 2 } },
			"WATER", new Integer[][] { null, { 1, 1 }, null, null, { 1, 3 }, { 0, 1 }, null, { 0, 1 } });

	private void grid(long ws) {
		List<CapacityFunction> functions = capacity.functions(ws);
		for (AgencyInfo agency : capacity.agencies(ws)) {
			Integer[][] levels = GRID.get(agency.kind());
			if (levels == null) {
				continue;
			}
			for (int i = 0; i < levels.length && i < functions.size(); i++) {
				if (levels[i] != null) {
					CapacityRatingForm f = new CapacityRatingForm();
					f.setExistingLevel(levels[i][0]);
					f.setNeededLevel(levels[i][1]);
					capacity.rate(ws, agency.id(), functions.get(i).getId(), f);
				}
			}
		}
	}
}
