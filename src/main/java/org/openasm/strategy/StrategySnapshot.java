package org.openasm.strategy;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consolidated ASM Management Strategy as it stood, in one language, self-contained: what a
 * version keeps, what the output prints and what a comparison compares. Names of other steps' records
 * (techniques, goals, areas, agencies, categories) are written out, so later changes to them leave a
 * version as it was; decisions, approaches, modes and eligibility are kept as their codes. Sets are
 * sorted lists, so the same strategy always gives the same JSON.
 *
 * @param profile per type its figures from the registers: kept with the version, but outside the
 *        digest, like the coherence report
 */
record StrategySnapshot(String language, String vision, List<Goal> goals, List<TypeEntry> types, List<Category> categories,
		Report report) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Goal(long id, String title) {
	}

	/** A sector type of step 2.2: its rank (null when not ranked), its profile and its strategy (null when none). */
	record TypeEntry(long typeId, String name, Integer rank, Profile profile, Plan plan) {
	}

	record Profile(int sites, long women, long men, List<String> commodities, List<String> techniques, List<String> issues) {
	}

	record Plan(String decision, String decisionReason, Boolean allocateLand, List<String> landAreas, boolean landExclusive,
			String landRationale, Boolean supplyChain, String supplyChainRationale, Boolean services, String servicesRationale,
			String impactsApproach, String impactsRationale, Boolean licensed, String category, String categoryReason,
			String transboundaryMeasure, List<InstrumentEntry> instruments) {
	}

	/** An instrument chosen for a type: which one, how it works, what it moves away from and towards, whom it serves, who leads it. */
	record InstrumentEntry(long chosenId, String name, String mode, boolean transboundary, List<String> awayFrom, List<String> towards,
			List<String> issues, List<String> goals, String leadAgency, BigDecimal estimatedCost, String target) {
	}

	record Category(long id, String name, String description, String eligibility, BigDecimal maxAreaHectares, int durationMonths,
			boolean zonesOnly, BigDecimal applicationFee, BigDecimal annualFee) {
	}

	record Report(int blocking, int warnings, List<Finding> findings) {
	}

	record Finding(String rule, String severity, String text, String path, Long typeId) {
	}

	/**
	 * What the government decided, without what moves with the registers: the types' profiles and the
	 * coherence report are left out, so a site recorded or a finding reworded does not make a new draft.
	 */
	StrategySnapshot decisions() {
		return new StrategySnapshot(language, vision, goals,
				types.stream().map(t -> new TypeEntry(t.typeId(), t.name(), t.rank(), null, t.plan())).toList(), categories, null);
	}

	/** The SHA-256 of the decisions, in hex. */
	String digest() {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(decisions().json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String json() {
		return JSON.writeValueAsString(this);
	}

	static StrategySnapshot read(String json) {
		return JSON.readValue(json, StrategySnapshot.class);
	}

	java.util.Optional<TypeEntry> type(long typeId) {
		return types.stream().filter(t -> t.typeId() == typeId).findFirst();
	}
}
