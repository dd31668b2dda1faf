package org.openasm.context;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A mine site's description once read and checked (from a form, an API body or an import row). */
record SiteDescription(String name, BigDecimal longitude, BigDecimal latitude, Commodity commodity, SiteDepositType depositType,
		SiteMechanisation mechanisation, SiteScale scale, int women, int men, boolean minors, SiteLegalStatus legalStatus,
		String techniques, Set<SiteImpact> impacts, LocalDate observedOn, String observationSource) {
}
