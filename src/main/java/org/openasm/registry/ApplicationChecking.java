package org.openasm.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.shared.DomainRuleViolation;
import org.springframework.stereotype.Component;

/**
 * The checks of an application's area and applicant, in this order: {@link ValidGeometry},
 * {@link AreaWithinMaximum}, {@link InsideJurisdiction}, {@link ClearOfLicences},
 * {@link ClearOfEarlierApplications}, {@link ClearOfProtectedAreas}, {@link ZoneRequirement},
 * {@link ApplicantEligible}. Every check runs, so the officer sees every reason at once.
 * <p>
 * {@link #check} refreshes the {@link SpatialIndex} first. Called in a transaction that holds
 * {@link RegistrySettings#lock} (and before it changes anything), its answer is exactly the
 * database's; called without it (a preview) it is as of the latest commit. {@link #gather} and
 * {@link #run} are what it does, without Spring, for the benchmark and tests.
 */
@Component
class ApplicationChecking {

	static final List<CheckRule> RULES = List.of(new ValidGeometry(), new AreaWithinMaximum(), new InsideJurisdiction(), new ClearOfLicences(),
			new ClearOfEarlierApplications(), new ClearOfProtectedAreas(), new ZoneRequirement(), new ApplicantEligible());

	private final SpatialIndex index;

	private final LicenceCategoryRepository categories;

	private final OperatorRepository operators;

	private final AdministrativeAreas areas;

	ApplicationChecking(SpatialIndex index, LicenceCategoryRepository categories, OperatorRepository operators, AdministrativeAreas areas) {
		this.index = index;
		this.categories = categories;
		this.operators = operators;
		this.areas = areas;
	}

	/**
	 * Every check of the area for the category and applicant, as of now. {@code ownApplicationId} is a
	 * stored application checked again (its own entry is not an overlap; null for a new one). An
	 * unknown category or applicant is refused on the field {@code categoryId} or {@code applicantId}.
	 */
	List<CheckResult> check(long workspaceId, Geometry area, long categoryId, long applicantId, Instant submittedAt, Long ownApplicationId) {
		LicenceCategory category = categories.findByIdAndWorkspaceId(categoryId, workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("categoryId", "registry.check.category.unknown", categoryId));
		Operator applicant = operators.findByIdAndWorkspaceId(applicantId, workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("applicantId", "registry.check.applicant.unknown", applicantId));
		PreparedGeometry jurisdiction = areas.jurisdiction(workspaceId).orElse(null);
		index.refresh(workspaceId);
		return run(gather(index, workspaceId, area, category.facts(), applicant.getKind(), applicant.getCitizenship(), jurisdiction, submittedAt,
				ownApplicationId));
	}

	/** Whether every check passed. */
	static boolean allPassed(List<CheckResult> results) {
		return results.stream().allMatch(CheckResult::passed);
	}

	/** Whether every check passed except, perhaps, the one that makes an application wait behind an earlier one. */
	static boolean allPassedButEarlierApplications(List<CheckResult> results) {
		return results.stream().allMatch(r -> r.passed() || r.rule().equals(CheckResult.CLEAR_OF_EARLIER_APPLICATIONS));
	}

	/** The input of the checks, read from the index (which the caller has refreshed). */
	static CheckInput gather(SpatialIndex index, long workspaceId, Geometry area, LicenceCategoryFacts category, OperatorKind kind,
			Citizenship citizenship, PreparedGeometry jurisdiction, Instant submittedAt, Long ownApplicationId) {
		boolean spatial = ValidGeometry.isValid(area);
		List<SpatialIndex.Hit> overlapping = new ArrayList<>();
		List<CheckInput.ZoneFit> zones = new ArrayList<>();
		if (spatial) {
			for (SpatialIndex.Hit h : index.overlapping(workspaceId, area,
					EnumSet.of(SpatialIndex.Kind.LICENCE, SpatialIndex.Kind.APPLICATION, SpatialIndex.Kind.PROTECTED_AREA))) {
				if (!(h.kind() == SpatialIndex.Kind.APPLICATION && ownApplicationId != null && h.id() == ownApplicationId)) {
					overlapping.add(h);
				}
			}
			for (SpatialIndex.Hit z : index.zonesContaining(workspaceId, area)) {
				zones.add(new CheckInput.ZoneFit(z.id(), z.label(), z.maxLicences(),
						z.maxLicences() == null ? 0 : index.licencesInZone(workspaceId, z.id()).size()));
			}
		}
		return new CheckInput(area, Footprint.hectaresOf(area), category, kind, citizenship, jurisdiction, spatial, overlapping, zones, submittedAt,
				ownApplicationId);
	}

	/** Every rule over the input, in order. */
	static List<CheckResult> run(CheckInput in) {
		return RULES.stream().map(r -> r.check(in)).toList();
	}
}
