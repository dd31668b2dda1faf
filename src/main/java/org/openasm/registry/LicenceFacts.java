package org.openasm.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.openasm.context.Commodity;

/** A licence as other modules read it: who holds it, of which category, for which commodity, how long and how large. */
public record LicenceFacts(long id, String number, long holderId, long categoryId, Commodity commodity, LicenceStatus status, LocalDate startsOn,
		LocalDate endsOn, BigDecimal areaHectares) {

	static LicenceFacts of(Licence l) {
		return new LicenceFacts(l.getId(), l.getNumber(), l.getHolderId(), l.getCategoryId(), l.getCommodity(), l.getStatus(), l.getStartsOn(),
				l.getEndsOn(), l.getAreaHectares());
	}

	/** Whether the holder may mine under it on this day: active, and the day within its dates. */
	public boolean validOn(LocalDate day) {
		return status == LicenceStatus.ACTIVE && !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}
}
