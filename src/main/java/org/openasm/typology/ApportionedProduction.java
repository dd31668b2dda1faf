package org.openasm.typology;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openasm.context.Commodity;
import org.openasm.context.EstimatedProduction;

/**
 * A type's share of a commodity's estimated production, apportioned by workers: the type's recorded
 * workers on sites of that commodity over all recorded workers of that commodity, applied to the low,
 * central and high estimate alike. It is an apportionment, not a measurement: it assumes every worker
 * of the commodity produces as much as any other.
 *
 * <p>Example: gold is estimated at 8,000 kg (low 6,000, high 10,000); the sites record 2,000 gold
 * workers, 500 of them at sites of the type: the type's share is 25 %, i.e. 2,000 kg (1,500–2,500).
 */
public record ApportionedProduction(Commodity commodity, BigDecimal share, BigDecimal low, BigDecimal central, BigDecimal high, String unit,
		int year, String source) {

	/** The share of {@code estimate} for {@code typeWorkers} of {@code commodityWorkers}; null when the commodity records no workers. */
	static ApportionedProduction of(Commodity commodity, long typeWorkers, long commodityWorkers, EstimatedProduction.Range estimate) {
		if (commodityWorkers <= 0) {
			return null;
		}
		BigDecimal share = BigDecimal.valueOf(typeWorkers).divide(BigDecimal.valueOf(commodityWorkers), 6, RoundingMode.HALF_UP);
		return new ApportionedProduction(commodity, share, part(estimate.low(), share), part(estimate.central(), share),
				part(estimate.high(), share), estimate.unit(), estimate.year(), estimate.source());
	}

	private static BigDecimal part(BigDecimal value, BigDecimal share) {
		return value == null ? null : value.multiply(share).setScale(1, RoundingMode.HALF_UP);
	}

	/** The share in percent, one decimal. */
	public BigDecimal percent() {
		return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
	}
}
