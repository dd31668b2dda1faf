package org.openasm.registry;

import java.math.BigDecimal;

/**
 * A licence category as other modules read it. Fees are in the workspace's currency; {@code zonesOnly}
 * means a licence of this category is granted only inside an ASM zone.
 */
public record LicenceCategoryFacts(long id, String name, String description, LicenceEligibility eligibility, BigDecimal maxAreaHectares,
		int durationMonths, boolean zonesOnly, BigDecimal applicationFee, BigDecimal annualFee) {
}
