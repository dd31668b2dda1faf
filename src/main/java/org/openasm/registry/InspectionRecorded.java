package org.openasm.registry;

import java.time.LocalDate;

/** An inspection was recorded at a licence or a site (one of the two ids may be null). */
public record InspectionRecorded(long workspaceId, long inspectionId, Long licenceId, Long siteId, LocalDate visitedOn,
		boolean unacceptableObserved) {
}
