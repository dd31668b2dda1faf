package org.openasm.context;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The estimated production the supply chain's mass balance weighs flows against: the national (no
 * area) {@link EstimateFigure#PRODUCTION} estimate of the commodity for the latest year; of two for
 * the same year, the one entered last.
 */
@Component
class LatestProductionEstimate implements EstimatedProduction {

	private final SectorEstimateRepository estimates;

	LatestProductionEstimate(SectorEstimateRepository estimates) {
		this.estimates = estimates;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Range> annual(long workspaceId, Commodity commodity) {
		return estimates
			.findByWorkspaceIdAndFigureAndCommodityAndAreaIdIsNullOrderByYearDescIdDesc(workspaceId, EstimateFigure.PRODUCTION, commodity)
			.stream()
			.findFirst()
			.map(e -> new Range(e.getLow(), e.getCentral(), e.getHigh(), e.getUnit(), e.getYear(), e.getSource()));
	}
}
