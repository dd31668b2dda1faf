package org.openasm.context;

import java.math.BigDecimal;

/**
 * A sector estimate as other parts of the system may read it: {@code figure} is the
 * {@link EstimateFigure} name (or the label of a figure of its own), {@code areaId} null means
 * national, {@code low} and {@code high} may be null, {@code source} is always given.
 */
public record EstimateFacts(String figure, Commodity commodity, Long areaId, int year, BigDecimal low, BigDecimal central,
		BigDecimal high, String unit, String source, EstimateConfidence confidence) {

	static EstimateFacts of(SectorEstimate e) {
		return new EstimateFacts(e.getFigure() == EstimateFigure.OTHER ? e.getFigureLabel() : e.getFigure().name(),
				e.getCommodity(), e.getAreaId(), e.getYear(), e.getLow(), e.getCentral(), e.getHigh(), e.getUnit(), e.getSource(),
				e.getConfidence());
	}
}
