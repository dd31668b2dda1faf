package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openasm.registry.SpatialIndex.Hit;
import org.openasm.registry.SpatialIndex.Kind;

/**
 * The application checks, each fed by hand. Areas are squares near the equator where 0.01° is about
 * 1.113 km, so a 0.001° square is about 1.24 ha.
 */
class ZoneCheckRulesTests {

	static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

	static Geometry square(double lon, double lat, double side) {
		return AreaInput.read(lon + " " + lat + "\n" + (lon + side) + " " + lat + "\n" + (lon + side) + " " + (lat + side) + "\n" + lon + " "
				+ (lat + side));
	}

	static LicenceCategoryFacts category(String max, boolean zonesOnly, LicenceEligibility eligibility) {
		return new LicenceCategoryFacts(1, "Artisanal", null, eligibility, new BigDecimal(max), 24, zonesOnly, BigDecimal.ZERO, BigDecimal.ZERO);
	}

	static CheckInput input(Geometry area, LicenceCategoryFacts category, List<Hit> overlapping, List<CheckInput.ZoneFit> zones, Long own) {
		return new CheckInput(area, Footprint.hectaresOf(area), category, OperatorKind.INDIVIDUAL, Citizenship.CITIZEN, null,
				ValidGeometry.isValid(area), overlapping, zones, NOON, own);
	}

	static Hit hit(Kind kind, long id, String label, Instant submittedAt) {
		return new Hit(kind, id, label, null, submittedAt, null, square(0, 0, 1));
	}

	@Test
	void aBowTieIsNotAValidPolygonAndTheReasonSaysWhere() {
		Geometry bowTie = AreaInput.read("0 0; 1 1; 1 0; 0 1");
		CheckResult r = new ValidGeometry().check(input(bowTie, category("2", false, LicenceEligibility.ANYONE), List.of(), List.of(), null));
		assertThat(r.passed()).isFalse();
		assertThat(r.messageKey()).isEqualTo("registry.check.valid.invalid");
		assertThat((String) r.args()[0]).contains("Self-intersection").contains("0.5");
		assertThat(ValidGeometry.isValid(square(0, 0, 0.001))).isTrue();
	}

	@Test
	void theMaximumIsComparedInHectares() {
		// 0.001° × 0.001° at latitude 0.0005: 0.11132 km × 0.11132 km = 0.0123921 km² = 1.2392 ha.
		Geometry area = square(0, 0, 0.001);
		assertThat(Footprint.hectaresOf(area)).isEqualByComparingTo("1.2392");
		CheckResult within = new AreaWithinMaximum().check(input(area, category("2", false, LicenceEligibility.ANYONE), List.of(), List.of(), null));
		assertThat(within.passed()).isTrue();
		CheckResult over = new AreaWithinMaximum().check(input(area, category("1", false, LicenceEligibility.ANYONE), List.of(), List.of(), null));
		assertThat(over.passed()).isFalse();
		assertThat(over.args()).containsExactly(new BigDecimal("1.24"), new BigDecimal("1"), "Artisanal");
	}

	@Test
	void outsideTheJurisdictionFailsAndNoBoundariesPassesSayingSo() {
		Geometry area = square(0.5, 0.5, 1);
		var cat = category("2", false, LicenceEligibility.ANYONE);
		CheckInput none = input(area, cat, List.of(), List.of(), null);
		assertThat(new InsideJurisdiction().check(none).messageKey()).isEqualTo("registry.check.jurisdiction.unknown");
		assertThat(new InsideJurisdiction().check(none).passed()).isTrue();
		CheckInput land = new CheckInput(area, BigDecimal.ONE, cat, OperatorKind.INDIVIDUAL, Citizenship.CITIZEN,
				PreparedGeometryFactory.prepare(square(0, 0, 1)), true, List.of(), List.of(), NOON, null);
		assertThat(new InsideJurisdiction().check(land).passed()).isFalse();
		CheckInput inside = new CheckInput(square(0.2, 0.2, 0.5), BigDecimal.ONE, cat, OperatorKind.INDIVIDUAL, Citizenship.CITIZEN,
				PreparedGeometryFactory.prepare(square(0, 0, 1)), true, List.of(), List.of(), NOON, null);
		assertThat(new InsideJurisdiction().check(inside).passed()).isTrue();
	}

	@Test
	void overlapsNameWhatTheyHit() {
		var cat = category("2", false, LicenceEligibility.ANYONE);
		Geometry area = square(0, 0, 0.001);
		List<Hit> hits = List.of(hit(Kind.LICENCE, 7, "ASM-2026-000007", null), hit(Kind.LICENCE, 3, "ASM-2026-000003", null),
				hit(Kind.PROTECTED_AREA, 1, "Kora Forest Reserve", null));
		CheckInput in = input(area, cat, hits, List.of(), null);
		CheckResult licences = new ClearOfLicences().check(in);
		assertThat(licences.passed()).isFalse();
		assertThat(licences.args()).containsExactly(2, "ASM-2026-000003, ASM-2026-000007");
		CheckResult prot = new ClearOfProtectedAreas().check(in);
		assertThat(prot.args()).containsExactly(1, "Kora Forest Reserve");
		assertThat(new ClearOfLicences().check(input(area, cat, List.of(), List.of(), null)).passed()).isTrue();
	}

	@Test
	void onlyEarlierApplicationsCountFirstComeFirstServedTiesByNumber() {
		var cat = category("2", false, LicenceEligibility.ANYONE);
		Geometry area = square(0, 0, 0.001);
		Hit earlier = hit(Kind.APPLICATION, 5, "APP-2026-00005", NOON.minusSeconds(3600));
		Hit later = hit(Kind.APPLICATION, 9, "APP-2026-00009", NOON.plusSeconds(60));
		Hit sameTimeLowerId = hit(Kind.APPLICATION, 6, "APP-2026-00006", NOON);
		Hit sameTimeHigherId = hit(Kind.APPLICATION, 8, "APP-2026-00008", NOON);
		CheckResult stored = new ClearOfEarlierApplications()
			.check(input(area, cat, List.of(earlier, later, sameTimeLowerId, sameTimeHigherId), List.of(), 7L));
		assertThat(stored.passed()).isFalse();
		assertThat(stored.args()).containsExactly(2, "APP-2026-00005 (2026-11-27 11:00 UTC), APP-2026-00006 (2026-11-27 12:00 UTC)");
		// A new application (no id yet) comes after both stored at the same instant.
		CheckResult fresh = new ClearOfEarlierApplications().check(input(area, cat, List.of(sameTimeLowerId, sameTimeHigherId, later), List.of(), null));
		assertThat(fresh.args()[0]).isEqualTo(2);
		assertThat(new ClearOfEarlierApplications().check(input(area, cat, List.of(later), List.of(), null)).passed()).isTrue();
	}

	@Test
	void zonesOnlyCategoriesNeedAZoneAndAFullZoneTakesNoMore() {
		Geometry area = square(0, 0, 0.001);
		var zonesOnly = category("1", true, LicenceEligibility.CITIZENS);
		var anywhere = category("2", false, LicenceEligibility.CITIZENS);
		assertThat(new ZoneRequirement().check(input(area, zonesOnly, List.of(), List.of(), null)).messageKey())
			.isEqualTo("registry.check.zone.outside");
		assertThat(new ZoneRequirement().check(input(area, anywhere, List.of(), List.of(), null)).passed()).isTrue();
		var room = new CheckInput.ZoneFit(1, "Kanta zone", 3, 2);
		CheckResult fits = new ZoneRequirement().check(input(area, zonesOnly, List.of(), List.of(room), null));
		assertThat(fits.passed()).isTrue();
		assertThat(fits.args()).containsExactly("Kanta zone");
		var full = new CheckInput.ZoneFit(1, "Kanta zone", 3, 3);
		CheckResult refused = new ZoneRequirement().check(input(area, anywhere, List.of(), List.of(full), null));
		assertThat(refused.passed()).isFalse();
		assertThat(refused.args()).containsExactly("Kanta zone", 3, 3);
		assertThat(new ZoneRequirement().check(input(area, anywhere, List.of(), List.of(new CheckInput.ZoneFit(2, "Open", null, 0)), null))
			.passed()).isTrue();
	}

	@Test
	void eligibilityFollowsTheCategory() {
		assertThat(ApplicantEligible.eligible(LicenceEligibility.CITIZENS, OperatorKind.INDIVIDUAL, Citizenship.CITIZEN)).isTrue();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.CITIZENS, OperatorKind.INDIVIDUAL, Citizenship.RESIDENT)).isFalse();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.CITIZENS, OperatorKind.GROUP, null)).isFalse();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.CITIZENS_AND_RESIDENTS, OperatorKind.INDIVIDUAL, Citizenship.RESIDENT)).isTrue();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.CITIZENS_AND_RESIDENTS, OperatorKind.INDIVIDUAL, Citizenship.FOREIGN)).isFalse();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.CITIZENS_AND_RESIDENTS, OperatorKind.GROUP, null)).isTrue();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.CITIZENS_AND_RESIDENTS, OperatorKind.COMPANY, null)).isFalse();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.GROUPS_AND_COOPERATIVES, OperatorKind.COMPANY, null)).isTrue();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.GROUPS_AND_COOPERATIVES, OperatorKind.INDIVIDUAL, Citizenship.CITIZEN)).isFalse();
		assertThat(ApplicantEligible.eligible(LicenceEligibility.ANYONE, OperatorKind.INDIVIDUAL, Citizenship.FOREIGN)).isTrue();
	}

	@Test
	void anInvalidAreaIsNotCheckedForOverlapsAndEveryRuleRuns() {
		Geometry bowTie = AreaInput.read("0 0; 1 1; 1 0; 0 1");
		List<CheckResult> all = ApplicationChecking.run(input(bowTie, category("2", false, LicenceEligibility.ANYONE), List.of(), List.of(), null));
		assertThat(all).extracting(CheckResult::rule)
			.containsExactly(CheckResult.VALID_GEOMETRY, CheckResult.AREA_WITHIN_MAXIMUM, CheckResult.INSIDE_JURISDICTION,
					CheckResult.CLEAR_OF_LICENCES, CheckResult.CLEAR_OF_EARLIER_APPLICATIONS, CheckResult.CLEAR_OF_PROTECTED_AREAS,
					CheckResult.ZONE_REQUIREMENT, CheckResult.APPLICANT_ELIGIBLE);
		assertThat(all.get(3).messageKey()).isEqualTo("registry.check.notMade");
		assertThat(ApplicationChecking.allPassed(all)).isFalse();
	}
}
