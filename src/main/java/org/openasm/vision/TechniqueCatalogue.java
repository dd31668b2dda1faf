package org.openasm.vision;

import static org.openasm.vision.IssueKind.CHILD_LABOUR;
import static org.openasm.vision.IssueKind.CONFLICT_FINANCING;
import static org.openasm.vision.IssueKind.DEFORESTATION;
import static org.openasm.vision.IssueKind.GENDER_INEQUALITY;
import static org.openasm.vision.IssueKind.HEALTH_AND_SAFETY;
import static org.openasm.vision.IssueKind.LAND_CONFLICT;
import static org.openasm.vision.IssueKind.LOST_REVENUE;
import static org.openasm.vision.IssueKind.MERCURY;
import static org.openasm.vision.IssueKind.WATER_POLLUTION;
import static org.openasm.vision.TechniqueGrade.GOOD;
import static org.openasm.vision.TechniqueGrade.POOR;
import static org.openasm.vision.TechniqueGrade.UNACCEPTABLE;
import static org.openasm.vision.TechniqueStage.EXTRACTION;
import static org.openasm.vision.TechniqueStage.PROCESSING;
import static org.openasm.vision.TechniqueStage.SITE_PRACTICE;
import static org.openasm.vision.TechniqueStage.TRANSPORT_AND_SALE;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openasm.context.Commodity;

/**
 * The reference techniques shipped with OpenASM, by stage, with the grade the guidance and the
 * Minamata Convention suggest and the issues each bears on. Names, descriptions and the reason for
 * the suggested grade are in the bundles under {@code vision.catalogue.<code>.name|description|reason},
 * so they read in the user's language. The four practices of the Minamata Convention's Annex C
 * (whole-ore amalgamation; open burning of amalgam; burning amalgam in residential areas; cyanide
 * leaching of material to which mercury was added, without first removing it) are suggested
 * unacceptable, as are child labour and work in deep pits without ground support.
 */
final class TechniqueCatalogue {

	/** One catalogue technique; {@code commodities} empty means any commodity. */
	record Entry(String code, TechniqueStage stage, Set<Commodity> commodities, TechniqueGrade suggested, Set<IssueKind> issues) {
	}

	private static final Set<Commodity> ANY = Set.of();

	private static final Set<Commodity> GOLD = EnumSet.of(Commodity.GOLD);

	static final List<Entry> ENTRIES = List.of(
			// Extraction
			entry("FOREST_CLEARING", EXTRACTION, ANY, POOR, DEFORESTATION, LAND_CONFLICT),
			entry("RIVER_DREDGING", EXTRACTION, EnumSet.of(Commodity.GOLD, Commodity.DIAMONDS, Commodity.TIN_TANTALUM_TUNGSTEN), POOR,
					WATER_POLLUTION, LAND_CONFLICT),
			entry("UNCONTROLLED_BLASTING", EXTRACTION, ANY, POOR, HEALTH_AND_SAFETY),
			entry("SUPPORTED_SHAFTS", EXTRACTION,
					EnumSet.of(Commodity.GOLD, Commodity.TIN_TANTALUM_TUNGSTEN, Commodity.COLOURED_GEMSTONES, Commodity.COBALT_COPPER), GOOD,
					HEALTH_AND_SAFETY),
			entry("BENCHED_PITS", EXTRACTION, ANY, GOOD, HEALTH_AND_SAFETY),
			entry("TOPSOIL_STOCKPILED", EXTRACTION, ANY, GOOD, DEFORESTATION, LAND_CONFLICT),
			// Processing: the four Minamata Annex C practices first
			entry("WHOLE_ORE_AMALGAMATION", PROCESSING, GOLD, UNACCEPTABLE, MERCURY, HEALTH_AND_SAFETY, WATER_POLLUTION),
			entry("OPEN_BURNING_AMALGAM", PROCESSING, GOLD, UNACCEPTABLE, MERCURY, HEALTH_AND_SAFETY),
			entry("RESIDENTIAL_BURNING", PROCESSING, GOLD, UNACCEPTABLE, MERCURY, HEALTH_AND_SAFETY),
			entry("CYANIDE_ON_MERCURY_TAILINGS", PROCESSING, GOLD, UNACCEPTABLE, MERCURY, WATER_POLLUTION, HEALTH_AND_SAFETY),
			entry("CONCENTRATE_AMALGAMATION_NO_RETORT", PROCESSING, GOLD, POOR, MERCURY, HEALTH_AND_SAFETY),
			entry("DRY_CRUSHING", PROCESSING, ANY, POOR, HEALTH_AND_SAFETY),
			entry("TAILINGS_TO_RIVERS", PROCESSING, ANY, POOR, WATER_POLLUTION, MERCURY),
			entry("RETORT", PROCESSING, GOLD, GOOD, MERCURY, HEALTH_AND_SAFETY),
			entry("SLUICE_BOXES", PROCESSING, EnumSet.of(Commodity.GOLD, Commodity.TIN_TANTALUM_TUNGSTEN, Commodity.DIAMONDS), GOOD,
					MERCURY, LOST_REVENUE),
			entry("SHAKING_TABLES", PROCESSING, EnumSet.of(Commodity.GOLD, Commodity.TIN_TANTALUM_TUNGSTEN), GOOD, MERCURY, LOST_REVENUE),
			entry("CENTRIFUGES", PROCESSING, GOLD, GOOD, MERCURY, LOST_REVENUE),
			entry("DIRECT_SMELTING_BORAX", PROCESSING, GOLD, GOOD, MERCURY),
			entry("WET_CRUSHING", PROCESSING, ANY, GOOD, HEALTH_AND_SAFETY),
			entry("SETTLING_PONDS", PROCESSING, ANY, GOOD, WATER_POLLUTION),
			entry("JIGS_AND_SIEVES", PROCESSING, EnumSet.of(Commodity.DIAMONDS, Commodity.COLOURED_GEMSTONES, Commodity.TIN_TANTALUM_TUNGSTEN),
					GOOD, LOST_REVENUE),
			// Transport and sale
			entry("ILLEGAL_LEVIES", TRANSPORT_AND_SALE, ANY, UNACCEPTABLE, CONFLICT_FINANCING, LOST_REVENUE),
			entry("UNLICENSED_TRADERS", TRANSPORT_AND_SALE, ANY, POOR, LOST_REVENUE, CONFLICT_FINANCING),
			entry("SMUGGLING", TRANSPORT_AND_SALE, ANY, POOR, LOST_REVENUE, CONFLICT_FINANCING),
			entry("INFORMAL_MERCURY_SUPPLY", TRANSPORT_AND_SALE, GOLD, POOR, MERCURY),
			entry("LICENSED_BUYING_CENTRE", TRANSPORT_AND_SALE, ANY, GOOD, LOST_REVENUE),
			entry("LOT_RECORDS", TRANSPORT_AND_SALE, ANY, GOOD, CONFLICT_FINANCING, LOST_REVENUE),
			// Site practice
			entry("CHILD_LABOUR", SITE_PRACTICE, ANY, UNACCEPTABLE, CHILD_LABOUR),
			entry("DEEP_PITS_NO_SUPPORT", SITE_PRACTICE, ANY, UNACCEPTABLE, HEALTH_AND_SAFETY),
			entry("NO_PROTECTIVE_EQUIPMENT", SITE_PRACTICE, ANY, POOR, HEALTH_AND_SAFETY),
			entry("PITS_ABANDONED", SITE_PRACTICE, ANY, POOR, HEALTH_AND_SAFETY, DEFORESTATION, LAND_CONFLICT),
			entry("WOMEN_LOWEST_PAID_TASKS", SITE_PRACTICE, ANY, POOR, GENDER_INEQUALITY),
			entry("FIRST_AID_ON_SITE", SITE_PRACTICE, ANY, GOOD, HEALTH_AND_SAFETY),
			entry("PROGRESSIVE_REHABILITATION", SITE_PRACTICE, ANY, GOOD, DEFORESTATION, LAND_CONFLICT, WATER_POLLUTION));

	private TechniqueCatalogue() {
	}

	static Optional<Entry> of(String code) {
		return ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst();
	}

	static String nameKey(String code) {
		return "vision.catalogue." + code + ".name";
	}

	static String descriptionKey(String code) {
		return "vision.catalogue." + code + ".description";
	}

	static String reasonKey(String code) {
		return "vision.catalogue." + code + ".reason";
	}

	private static Entry entry(String code, TechniqueStage stage, Set<Commodity> commodities, TechniqueGrade suggested,
			IssueKind first, IssueKind... rest) {
		return new Entry(code, stage, commodities.isEmpty() ? Set.of() : EnumSet.copyOf(commodities), suggested, EnumSet.of(first, rest));
	}
}
