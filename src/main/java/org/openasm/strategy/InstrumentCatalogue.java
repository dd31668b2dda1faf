package org.openasm.strategy;

import static org.openasm.strategy.InstrumentMode.ENABLE;
import static org.openasm.strategy.InstrumentMode.PROMOTE;
import static org.openasm.strategy.InstrumentMode.REGULATE;
import static org.openasm.vision.IssueKind.CHILD_LABOUR;
import static org.openasm.vision.IssueKind.CONFLICT_FINANCING;
import static org.openasm.vision.IssueKind.DEFORESTATION;
import static org.openasm.vision.IssueKind.GENDER_INEQUALITY;
import static org.openasm.vision.IssueKind.HEALTH_AND_SAFETY;
import static org.openasm.vision.IssueKind.LAND_CONFLICT;
import static org.openasm.vision.IssueKind.LOST_REVENUE;
import static org.openasm.vision.IssueKind.MERCURY;
import static org.openasm.vision.IssueKind.WATER_POLLUTION;
import static org.openasm.vision.TechniqueStage.EXTRACTION;
import static org.openasm.vision.TechniqueStage.PROCESSING;
import static org.openasm.vision.TechniqueStage.SITE_PRACTICE;
import static org.openasm.vision.TechniqueStage.TRANSPORT_AND_SALE;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openasm.vision.IssueKind;
import org.openasm.vision.TechniqueStage;

/**
 * The instruments the guidance names in step 2.3 (land and ASM zones, supply-chain initiatives,
 * services and technical assistance, licensing and regulating, education, demonstration and
 * assistance) and in step 3.2 (a state-sponsored buying scheme, monitoring and enforcement, economic
 * resettlement, closing operations, infrastructure, geological data, credit and insurance, education
 * for workers and their children, security, equipment, subsidised inputs, clean processing and
 * demonstration plants), each with its mode, the stages it acts on and the issues it can address.
 * The four flagged transboundary address cross-border trade or security. Names and descriptions are in
 * the bundles under {@code strategy.catalogue.<code>.name|description}.
 */
final class InstrumentCatalogue {

	/** One catalogue instrument. */
	record Entry(String code, InstrumentMode mode, Set<TechniqueStage> stages, Set<IssueKind> issues, boolean transboundary) {
	}

	private static final Set<TechniqueStage> ALL_STAGES = EnumSet.allOf(TechniqueStage.class);

	static final List<Entry> ENTRIES = List.of(
			// Economics approach (2.3)
			entry("LAND_AND_ZONES", ENABLE, EnumSet.of(EXTRACTION, SITE_PRACTICE), false, LAND_CONFLICT, DEFORESTATION),
			entry("SUPPLY_CHAIN_INITIATIVES", PROMOTE, EnumSet.of(TRANSPORT_AND_SALE), true, LOST_REVENUE, CONFLICT_FINANCING,
					CHILD_LABOUR),
			entry("SERVICES_AND_ASSISTANCE", PROMOTE, EnumSet.of(EXTRACTION, PROCESSING, SITE_PRACTICE), false, HEALTH_AND_SAFETY, MERCURY,
					LOST_REVENUE),
			// Regulating (2.3, 3.2)
			entry("LICENSING", REGULATE, ALL_STAGES, false, LAND_CONFLICT, LOST_REVENUE, CONFLICT_FINANCING, CHILD_LABOUR),
			entry("REGULATION_AND_STANDARDS", REGULATE, EnumSet.of(EXTRACTION, PROCESSING, SITE_PRACTICE), false, MERCURY,
					HEALTH_AND_SAFETY, WATER_POLLUTION, DEFORESTATION, CHILD_LABOUR),
			entry("MONITORING_AND_ENFORCEMENT", REGULATE, ALL_STAGES, true, MERCURY, CHILD_LABOUR, WATER_POLLUTION, HEALTH_AND_SAFETY,
					CONFLICT_FINANCING, LOST_REVENUE),
			// Promoting good practice (2.3, 3.2)
			entry("EDUCATION_AND_TRAINING", PROMOTE, EnumSet.of(EXTRACTION, PROCESSING, SITE_PRACTICE), false, MERCURY, HEALTH_AND_SAFETY,
					WATER_POLLUTION, GENDER_INEQUALITY),
			entry("DEMONSTRATION_SITES", PROMOTE, EnumSet.of(EXTRACTION, PROCESSING), false, MERCURY, HEALTH_AND_SAFETY, WATER_POLLUTION),
			entry("BUYING_SCHEME", ENABLE, EnumSet.of(TRANSPORT_AND_SALE), true, LOST_REVENUE, CONFLICT_FINANCING, MERCURY),
			entry("CLEAN_PROCESSING_PLANTS", PROMOTE, EnumSet.of(PROCESSING), false, MERCURY, WATER_POLLUTION, HEALTH_AND_SAFETY,
					LOST_REVENUE),
			entry("EQUIPMENT", PROMOTE, EnumSet.of(EXTRACTION, PROCESSING), false, HEALTH_AND_SAFETY, MERCURY, LOST_REVENUE),
			entry("INPUT_SUBSIDIES", ENABLE, EnumSet.of(EXTRACTION, PROCESSING), false, MERCURY, HEALTH_AND_SAFETY, LOST_REVENUE),
			// Enabling (3.2)
			entry("CREDIT_AND_INSURANCE", ENABLE, EnumSet.of(EXTRACTION, PROCESSING, SITE_PRACTICE), false, LOST_REVENUE, GENDER_INEQUALITY,
					HEALTH_AND_SAFETY),
			entry("GEOLOGICAL_DATA", ENABLE, EnumSet.of(EXTRACTION), false, LOST_REVENUE, DEFORESTATION, LAND_CONFLICT),
			entry("INFRASTRUCTURE", ENABLE, EnumSet.of(TRANSPORT_AND_SALE, SITE_PRACTICE), false, HEALTH_AND_SAFETY, WATER_POLLUTION,
					LOST_REVENUE),
			entry("EDUCATION_FOR_FAMILIES", PROMOTE, EnumSet.of(SITE_PRACTICE), false, CHILD_LABOUR, GENDER_INEQUALITY),
			entry("SECURITY", REGULATE, EnumSet.of(TRANSPORT_AND_SALE, SITE_PRACTICE), true, CONFLICT_FINANCING, LAND_CONFLICT),
			entry("ECONOMIC_RESETTLEMENT", ENABLE, EnumSet.of(SITE_PRACTICE), false, LAND_CONFLICT, DEFORESTATION, LOST_REVENUE),
			entry("CLOSURE_PROCEDURES", REGULATE, EnumSet.of(EXTRACTION, SITE_PRACTICE), false, LAND_CONFLICT, HEALTH_AND_SAFETY,
					DEFORESTATION, WATER_POLLUTION));

	private InstrumentCatalogue() {
	}

	static Optional<Entry> of(String code) {
		return ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst();
	}

	static String nameKey(String code) {
		return "strategy.catalogue." + code + ".name";
	}

	static String descriptionKey(String code) {
		return "strategy.catalogue." + code + ".description";
	}

	private static Entry entry(String code, InstrumentMode mode, Set<TechniqueStage> stages, boolean transboundary, IssueKind first,
			IssueKind... rest) {
		return new Entry(code, mode, EnumSet.copyOf(stages), EnumSet.of(first, rest), transboundary);
	}
}
