package org.openasm.context;

import java.math.BigDecimal;
import java.util.List;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo jurisdiction's supply chains, with invented names. Gold: miners in the Northern Highlands
 * and the Lake Basin pass 10,400 kg a year on (most, not all, of an estimated 12,000 kg), through
 * processing centres, local traders and licensed buying centres to the Central Bank's purchase
 * programme and an exporter, both shipping to a refiner abroad, while unlicensed runners smuggle gold
 * to a neighbouring country. A smaller tin-tantalum chain in tonnes, and a local development-minerals
 * chain, formal and informal. Runs after the demo areas exist.
 */
@Component
class ChainDemo {

	private final ChainRegister register;

	private final AdministrativeAreas areas;

	ChainDemo(ChainRegister register, AdministrativeAreas areas) {
		this.register = register;
		this.areas = areas;
	}

	@EventListener
	void on(WorkspaceCreated event) {
		if (event.demo()) {
			seed(event.workspaceId());
		}
	}

	void seed(long ws) {
		List<AreaInfo> known = areas.of(ws);
		// Gold
		long highlands = actor(ws, known, "Northern Highlands artisanal gold miners", ChainActorKind.MINERS, "Northern Highlands",
				"Some 9,000 diggers in about 40 pit clusters around Kirru, Tambali and Osso Ridge.");
		long lakeGold = actor(ws, known, "Lake Basin alluvial gold miners", ChainActorKind.MINERS, "Lake Basin",
				"Seasonal panning and dredging along the Nyaloa river.");
		long kirru = actor(ws, known, "Kirru ore processing centres", ChainActorKind.PROCESSORS, "Kirru",
				"Crushing, milling and sluicing; amalgamation still common.");
		long traders = actor(ws, known, "Tambali and Sundiri local gold traders", ChainActorKind.TRADERS_BROKERS, null,
				"Pre-financing traders at the pits; about half hold a trader's licence.");
		long osso = actor(ws, known, "Osso Ridge licensed buying centre", ChainActorKind.BUYING_CENTRES, "Osso Ridge", null);
		long nyaloa = actor(ws, known, "Nyaloa licensed buying centre", ChainActorKind.BUYING_CENTRES, "Nyaloa", null);
		long bank = actor(ws, known, "Bank of Meridia gold purchase programme", ChainActorKind.STATE_BUYER, null,
				"The Central Bank buys doré at the buying centres for the national reserves and has it refined abroad.");
		long exporter = actor(ws, known, "Selem Gold Exports Ltd", ChainActorKind.EXPORTERS, "Port Selem", null);
		long refiner = actor(ws, known, "Valcresta Precious Metals Refinery (abroad)", ChainActorKind.REFINERS_SMELTERS, null,
				"An accredited refinery abroad that receives Meridian doré.");
		long runners = actor(ws, known, "Unlicensed gold runners", ChainActorKind.INFORMAL_CHANNELS, null,
				"Buyers without licences who pay above the buying-centre price in cash.");
		long kandor = actor(ws, known, "Border markets of the Republic of Kandor", ChainActorKind.NEIGHBOURING_COUNTRIES, null,
				"Gold sold there leaves Meridia's records; seizures at the Damba crossing confirm the route.");
		String survey = "Ministry of Mines field survey 2025";
		String returns = "Buying-centre returns 2025";
		String seizures = "Border-post seizures and trader interviews 2025";
		flow(ws, highlands, kirru, Commodity.GOLD, "4200", "kg", null, true, false, survey);
		flow(ws, highlands, traders, Commodity.GOLD, "1800", "kg", null, false, false, survey);
		flow(ws, highlands, runners, Commodity.GOLD, "1100", "kg", null, false, false, seizures);
		flow(ws, lakeGold, traders, Commodity.GOLD, "1600", "kg", null, false, false, survey);
		flow(ws, lakeGold, nyaloa, Commodity.GOLD, "1700", "kg", "66300000000", true, false, returns);
		flow(ws, kirru, osso, Commodity.GOLD, "4000", "kg", "156000000000", true, false, returns);
		flow(ws, traders, osso, Commodity.GOLD, "1500", "kg", "58500000000", true, false, returns);
		flow(ws, traders, nyaloa, Commodity.GOLD, "1200", "kg", "46800000000", true, false, returns);
		flow(ws, traders, runners, Commodity.GOLD, "700", "kg", null, false, false, seizures);
		flow(ws, osso, bank, Commodity.GOLD, "2000", "kg", "78000000000", true, false, "Bank of Meridia annual report 2025");
		flow(ws, osso, exporter, Commodity.GOLD, "3500", "kg", "136500000000", true, false, returns);
		flow(ws, nyaloa, exporter, Commodity.GOLD, "2900", "kg", "113100000000", true, false, returns);
		flow(ws, exporter, refiner, Commodity.GOLD, "6400", "kg", "249600000000", true, true, "Customs export declarations 2025");
		flow(ws, bank, refiner, Commodity.GOLD, "2000", "kg", null, true, true, "Bank of Meridia annual report 2025");
		flow(ws, runners, kandor, Commodity.GOLD, "1800", "kg", null, false, true, seizures);

		// Tin, tantalum and tungsten
		long diggers = actor(ws, known, "Lake Basin cassiterite and coltan diggers", ChainActorKind.MINERS, "Sundiri", null);
		long coop = actor(ws, known, "Sundiri mineral traders' cooperative", ChainActorKind.TRADERS_BROKERS, "Sundiri",
				"Tags bags at the mine sites under the regional traceability scheme.");
		long tinExporter = actor(ws, known, "Meridia Tin Exports SA", ChainActorKind.EXPORTERS, "Port Selem", null);
		long smelter = actor(ws, known, "Osmara Tin Smelter (abroad)", ChainActorKind.REFINERS_SMELTERS, null, null);
		String tinSource = "Traceability scheme records 2025";
		flow(ws, diggers, coop, Commodity.TIN_TANTALUM_TUNGSTEN, "420", "t", null, true, false, tinSource);
		flow(ws, diggers, kandor, Commodity.TIN_TANTALUM_TUNGSTEN, "60", "t", null, false, true, seizures);
		flow(ws, coop, tinExporter, Commodity.TIN_TANTALUM_TUNGSTEN, "400", "t", null, true, false, tinSource);
		flow(ws, tinExporter, smelter, Commodity.TIN_TANTALUM_TUNGSTEN, "390", "t", null, true, true, "Customs export declarations 2025");

		// Development minerals, used in the country
		long sand = actor(ws, known, "Eastern Plateau sand and gravel diggers", ChainActorKind.MINERS, "Eastern Plateau", null);
		long bricks = actor(ws, known, "Owela brick and aggregate makers", ChainActorKind.PROCESSORS, "Owela", null);
		long dealers = actor(ws, known, "Marasi building-materials dealers", ChainActorKind.TRADERS_BROKERS, "Marasi", null);
		String roads = "District works office estimates 2025";
		flow(ws, sand, bricks, Commodity.DEVELOPMENT_MINERALS, "18000", "t", null, true, false, roads);
		flow(ws, sand, dealers, Commodity.DEVELOPMENT_MINERALS, "26000", "t", null, false, false, roads);
		flow(ws, bricks, dealers, Commodity.DEVELOPMENT_MINERALS, "15000", "t", null, true, false, roads);
	}

	private long actor(long ws, List<AreaInfo> known, String name, ChainActorKind kind, String area, String notes) {
		ChainActorForm form = new ChainActorForm();
		form.setName(name);
		form.setKind(kind);
		form.setAreaId(area == null ? null
				: known.stream().filter(a -> a.name().equals(area)).map(AreaInfo::id).findFirst().orElse(null));
		form.setNotes(notes);
		return register.addActor(ws, form);
	}

	private void flow(long ws, long from, long to, Commodity commodity, String volume, String unit, String value, boolean formal,
			boolean crossBorder, String source) {
		ChainFlowForm form = new ChainFlowForm();
		form.setFromActorId(from);
		form.setToActorId(to);
		form.setCommodity(commodity);
		form.setVolumePerYear(new BigDecimal(volume));
		form.setUnit(unit);
		form.setValuePerYear(value == null ? null : new BigDecimal(value));
		form.setFormal(formal);
		form.setCrossBorder(crossBorder);
		form.setSource(source);
		register.addFlow(ws, form);
	}
}
