package org.openasm.context;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.openasm.shared.DomainRuleViolation;

/**
 * What makes a sector estimate sound, checked before it is saved (the first broken rule is refused,
 * naming its field): a label for a figure of its own, a commodity for figures that only mean something
 * per commodity, a stated source, no negative value, and low ≤ central ≤ high.
 */
final class EstimateRules {

	/** Figures that only mean something per commodity: a production or a value of "all minerals" adds kg to carats. */
	static final Set<EstimateFigure> PER_COMMODITY = EnumSet.of(EstimateFigure.PRODUCTION, EstimateFigure.VALUE);

	private EstimateRules() {
	}

	static void check(EstimateForm f) {
		if (f.getFigure() == EstimateFigure.OTHER && (f.getFigureLabel() == null || f.getFigureLabel().isBlank())) {
			throw new DomainRuleViolation("figureLabel", "estimate.figureLabel.required");
		}
		if (PER_COMMODITY.contains(f.getFigure()) && f.getCommodity() == null) {
			throw new DomainRuleViolation("commodity", "estimate.commodity.required");
		}
		if (f.getSource() == null || f.getSource().isBlank()) {
			throw new DomainRuleViolation("source", "estimate.source.required");
		}
		if (f.getCentral() == null) {
			throw new DomainRuleViolation("central", "estimate.central.required");
		}
		negative("low", f.getLow());
		negative("central", f.getCentral());
		negative("high", f.getHigh());
		if (f.getLow() != null && f.getLow().compareTo(f.getCentral()) > 0) {
			throw new DomainRuleViolation("low", "estimate.low.aboveCentral", f.getLow().toPlainString(),
					f.getCentral().toPlainString());
		}
		if (f.getHigh() != null && f.getHigh().compareTo(f.getCentral()) < 0) {
			throw new DomainRuleViolation("high", "estimate.high.belowCentral", f.getHigh().toPlainString(),
					f.getCentral().toPlainString());
		}
	}

	private static void negative(String field, BigDecimal value) {
		if (value != null && value.signum() < 0) {
			throw new DomainRuleViolation(field, "estimate.value.negative");
		}
	}
}
