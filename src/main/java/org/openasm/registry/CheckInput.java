package org.openasm.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * Everything the checks of an application look at, gathered once by {@link ApplicationChecking}, so
 * each rule is a small function of it that a test can feed by hand.
 *
 * @param area the area asked for (longitude/latitude)
 * @param hectares its area in hectares ({@link Footprint#hectaresOf})
 * @param category the licence category asked for
 * @param applicantKind whether the applicant is an individual, a group or a company
 * @param applicantCitizenship the applicant's citizenship (individuals; may be null otherwise)
 * @param jurisdiction the jurisdiction's land, or null when the workspace has no boundaries
 * @param spatial whether the overlaps below were looked for (false when the area is not a valid polygon)
 * @param overlapping licences holding ground, pending applications and protected areas whose interior
 *        overlaps the area's, the application's own entry left out
 * @param zones the zones that cover the whole area, each with how many licences hold ground in it
 * @param submittedAt when the application was (or would be) submitted
 * @param ownApplicationId the stored application being checked again, or null for a new one
 */
record CheckInput(Geometry area, BigDecimal hectares, LicenceCategoryFacts category, OperatorKind applicantKind,
		Citizenship applicantCitizenship, PreparedGeometry jurisdiction, boolean spatial, List<SpatialIndex.Hit> overlapping,
		List<ZoneFit> zones, Instant submittedAt, Long ownApplicationId) {

	/** A zone that covers the area: its name, its capacity (null = not limited) and the licences holding ground in it. */
	record ZoneFit(long id, String name, Integer maxLicences, int licences) {

		boolean full() {
			return maxLicences != null && licences >= maxLicences;
		}
	}

	CheckInput {
		overlapping = List.copyOf(overlapping);
		zones = List.copyOf(zones);
	}

	List<SpatialIndex.Hit> overlapping(SpatialIndex.Kind kind) {
		return overlapping.stream().filter(h -> h.kind() == kind).toList();
	}
}
