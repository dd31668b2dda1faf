package org.openasm.context;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * About 400 demo mine sites for the Republic of Meridia, the same every time (a fixed seed): mostly
 * alluvial gold in the Northern Highlands and the Lake Basin, tin-tantalum in the Lake Basin, coloured
 * gemstones on the Eastern Plateau, development minerals near Port Selem and Damba and salt on the
 * coast; 10 to 300 workers, 10–45% women, mercury on most gold sites, some child labour and conflict;
 * observed in the last two years. Runs after the demo areas, whose boundaries place each site.
 */
@Component
class SiteDemo {

	static final long SEED = 20261127L;

	private static final String[] SOURCES = { "Ministry of Mines ASM census 2025", "District officer visit",
			"NGO survey (Mercury-Free Meridia Coalition)" };

	private static final String[] FIRST = { "Bako", "Sira", "Kassa", "Doro", "Mbeli", "Tanu", "Walo", "Nyame", "Kobi", "Lema", "Faro",
			"Goro", "Yari", "Zenu", "Kiti", "Bolo", "Sama", "Dabu", "Owu", "Ritu" };

	private static final String[] SECOND = { "ya", "nde", "wa", "ko", "ri", "tu", "ba", "li", "mo", "sa" };

	/** One district's share: a box inside its outline, and how many sites of which commodity. */
	private record Batch(String district, double west, double south, double east, double north, Commodity commodity, int count,
			boolean conflictProne) {
	}

	private static final List<Batch> BATCHES = List.of(
			new Batch("Kirru", 0.05, 10.55, 1.35, 11.75, Commodity.GOLD, 60, true),
			new Batch("Tambali", 1.45, 10.55, 2.65, 11.85, Commodity.GOLD, 55, false),
			new Batch("Osso Ridge", 2.75, 10.55, 3.95, 11.65, Commodity.GOLD, 40, true),
			new Batch("Nyaloa", 0.05, 8.85, 0.95, 10.45, Commodity.GOLD, 45, false),
			new Batch("Nyaloa", 0.05, 8.85, 0.95, 10.45, Commodity.TIN_TANTALUM_TUNGSTEN, 15, false),
			new Batch("Sundiri", 1.05, 8.85, 1.95, 10.45, Commodity.GOLD, 25, false),
			new Batch("Sundiri", 1.05, 8.85, 1.95, 10.45, Commodity.TIN_TANTALUM_TUNGSTEN, 30, true),
			new Batch("Owela", 2.05, 8.85, 2.95, 10.45, Commodity.COLOURED_GEMSTONES, 30, false),
			new Batch("Marasi", 3.05, 8.85, 3.95, 10.45, Commodity.COLOURED_GEMSTONES, 30, false),
			new Batch("Marasi", 3.05, 8.85, 3.95, 10.45, Commodity.OTHER, 5, false),
			new Batch("Port Selem", 0.05, 8.2, 1.95, 8.75, Commodity.DEVELOPMENT_MINERALS, 25, false),
			new Batch("Port Selem", 0.05, 8.2, 1.95, 8.75, Commodity.SALT, 10, false),
			new Batch("Damba", 2.05, 8.25, 3.95, 8.75, Commodity.DEVELOPMENT_MINERALS, 20, false),
			new Batch("Damba", 2.05, 8.25, 3.95, 8.75, Commodity.SALT, 12, false));

	private final SiteRegister register;

	private final Clock clock;

	SiteDemo(SiteRegister register, Clock clock) {
		this.register = register;
		this.clock = clock;
	}

	@EventListener
	@Order(20)
	void on(WorkspaceCreated event) {
		if (event.demo()) {
			register.seed(event.workspaceId(), sites(LocalDate.now(clock)));
		}
	}

	/** The demo sites, observed up to two years before {@code today}. */
	static List<SiteDescription> sites(LocalDate today) {
		Random random = new Random(SEED);
		List<SiteDescription> sites = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (Batch b : BATCHES) {
			for (int i = 0; i < b.count(); i++) {
				sites.add(site(b, random, names, today));
			}
		}
		return sites;
	}

	private static SiteDescription site(Batch b, Random r, Set<String> names, LocalDate today) {
		Commodity c = b.commodity();
		SiteDepositType deposit = switch (c) {
			case GOLD -> pick(r, 0.75, SiteDepositType.ALLUVIAL, 0.95, SiteDepositType.HARD_ROCK, SiteDepositType.TAILINGS);
			case TIN_TANTALUM_TUNGSTEN -> pick(r, 0.5, SiteDepositType.ALLUVIAL, 1, SiteDepositType.HARD_ROCK, null);
			case COLOURED_GEMSTONES -> pick(r, 0.6, SiteDepositType.ALLUVIAL, 1, SiteDepositType.HARD_ROCK, null);
			case DEVELOPMENT_MINERALS -> pick(r, 0.5, SiteDepositType.ALLUVIAL, 1, SiteDepositType.OTHER, null);
			default -> SiteDepositType.OTHER;
		};
		SiteMechanisation mechanisation = pick(r, 0.6, SiteMechanisation.MANUAL, 0.9, SiteMechanisation.SEMI_MECHANISED,
				SiteMechanisation.MECHANISED);
		SiteScale scale = mechanisation == SiteMechanisation.MECHANISED || r.nextDouble() < 0.15 ? SiteScale.SMALL_SCALE
				: SiteScale.ARTISANAL;
		SiteLegalStatus legal = pick(r, 0.6, SiteLegalStatus.UNLICENSED, 0.85, SiteLegalStatus.LICENSED, SiteLegalStatus.IN_ASM_ZONE);
		int workers = 10 + r.nextInt(291);
		int women = (int) Math.round(workers * (0.10 + r.nextDouble() * 0.35));
		Set<SiteImpact> impacts = EnumSet.noneOf(SiteImpact.class);
		if (c == Commodity.GOLD && r.nextDouble() < 0.8) {
			impacts.add(SiteImpact.MERCURY_USE);
		}
		if (deposit == SiteDepositType.ALLUVIAL && r.nextDouble() < 0.5) {
			impacts.add(SiteImpact.WATER_POLLUTION);
		}
		if ((c == Commodity.GOLD || c == Commodity.COLOURED_GEMSTONES) && r.nextDouble() < 0.35) {
			impacts.add(SiteImpact.DEFORESTATION);
		}
		boolean minors = r.nextDouble() < (c == Commodity.GOLD ? 0.25 : 0.12);
		if (minors && r.nextDouble() < 0.6) {
			impacts.add(SiteImpact.CHILD_LABOUR);
		}
		if (b.conflictProne() && r.nextDouble() < 0.2) {
			impacts.add(SiteImpact.CONFLICT_OR_ARMED_PRESENCE);
		}
		if (deposit == SiteDepositType.HARD_ROCK && r.nextDouble() < 0.2) {
			impacts.add(SiteImpact.ACCIDENTS);
		}
		BigDecimal lon = BigDecimal.valueOf(b.west() + r.nextDouble() * (b.east() - b.west())).setScale(5, RoundingMode.HALF_UP);
		BigDecimal lat = BigDecimal.valueOf(b.south() + r.nextDouble() * (b.north() - b.south())).setScale(5, RoundingMode.HALF_UP);
		String base = FIRST[r.nextInt(FIRST.length)] + SECOND[r.nextInt(SECOND.length)] + " " + kind(c, deposit);
		String name = base;
		for (int n = 2; !names.add(name); n++) {
			name = base + " " + n;
		}
		LocalDate observed = today.minusDays(1 + r.nextInt(729));
		return new SiteDescription(name, lon.setScale(6, RoundingMode.HALF_UP), lat.setScale(6, RoundingMode.HALF_UP), c, deposit,
				mechanisation, scale, women, workers - women, minors, legal, techniques(c, deposit), impacts, observed,
				SOURCES[r.nextInt(SOURCES.length)]);
	}

	private static String kind(Commodity c, SiteDepositType deposit) {
		return switch (c) {
			case GOLD -> deposit == SiteDepositType.HARD_ROCK ? "Reef" : deposit == SiteDepositType.TAILINGS ? "Tailings" : "Diggings";
			case TIN_TANTALUM_TUNGSTEN -> "Coltan Pits";
			case COLOURED_GEMSTONES -> "Gem Field";
			case DEVELOPMENT_MINERALS -> "Quarry";
			case SALT -> "Salt Pans";
			default -> "Workings";
		};
	}

	private static String techniques(Commodity c, SiteDepositType deposit) {
		return switch (c) {
			case GOLD -> deposit == SiteDepositType.HARD_ROCK ? "Shafts and adits; manual crushing and milling; sluicing; amalgamation"
					: "Pitting and panning; sluice boxes; whole-ore amalgamation";
			case TIN_TANTALUM_TUNGSTEN -> "Open pits; washing and hand sorting";
			case COLOURED_GEMSTONES -> "Pits and trenches; gravel washing and hand picking";
			case DEVELOPMENT_MINERALS -> "Hand quarrying; sand and gravel extraction; crushing";
			case SALT -> "Solar evaporation pans";
			default -> "Hand tools";
		};
	}

	private static <E> E pick(Random r, double first, E a, double second, E b, E c) {
		double x = r.nextDouble();
		return x < first ? a : x < second || c == null ? b : c;
	}
}
