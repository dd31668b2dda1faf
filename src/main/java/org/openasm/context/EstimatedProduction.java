package org.openasm.context;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A commodity's estimated annual production in a workspace, as the sector figures give it (low,
 * central and high, with unit, year and source). The supply chain's mass balance weighs the recorded
 * flows against it.
 */
public interface EstimatedProduction {

	/** The latest national estimate of the commodity's annual production, if the figures have one. */
	Optional<Range> annual(long workspaceId, Commodity commodity);

	/** An estimate as a range, in the unit it was given in (e.g. {@code kg}, {@code t}). */
	record Range(BigDecimal low, BigDecimal central, BigDecimal high, String unit, int year, String source) {
	}
}
