package org.openasm.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.openasm.context.Commodity;

/** A licence was granted from an approved application; published in the granting transaction. */
public record LicenceGranted(long workspaceId, long licenceId, long holderId, long categoryId, Commodity commodity, BigDecimal areaHectares,
		LocalDate startsOn, LocalDate endsOn) {
}
