package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openasm.shared.DomainRuleViolation;

/** What makes a sector estimate sound: each refusal names the field to change. */
class EstimateRulesTests {

	static EstimateForm estimate(EstimateFigure figure, Commodity commodity, String low, String central, String high) {
		EstimateForm f = new EstimateForm();
		f.setFigure(figure);
		f.setCommodity(commodity);
		f.setYear(2025);
		f.setLow(low == null ? null : new BigDecimal(low));
		f.setCentral(central == null ? null : new BigDecimal(central));
		f.setHigh(high == null ? null : new BigDecimal(high));
		f.setUnit("persons");
		f.setSource("Ministry of Mines ASM census 2025");
		return f;
	}

	static DomainRuleViolation refusal(EstimateForm f) {
		return catchThrowableOfType(DomainRuleViolation.class, () -> EstimateRules.check(f));
	}

	@Test
	void aRangeInOrderPasses() {
		assertThatCode(() -> EstimateRules.check(estimate(EstimateFigure.MINERS, Commodity.GOLD, "30000", "45000", "60000")))
			.doesNotThrowAnyException();
	}

	@Test
	void lowAndHighMayEqualTheCentralValueOrBeLeftOut() {
		assertThatCode(() -> EstimateRules.check(estimate(EstimateFigure.MINERS, null, "45000", "45000", "45000")))
			.doesNotThrowAnyException();
		assertThatCode(() -> EstimateRules.check(estimate(EstimateFigure.MINERS, null, null, "0", null))).doesNotThrowAnyException();
	}

	@Test
	void lowAboveCentralIsRefusedOnLow() {
		DomainRuleViolation refused = refusal(estimate(EstimateFigure.MINERS, null, "50000", "45000", "60000"));
		assertThat(refused.field()).isEqualTo("low");
		assertThat(refused.messageKey()).isEqualTo("estimate.low.aboveCentral");
		assertThat(refused.args()).containsExactly("50000", "45000");
	}

	@Test
	void highBelowCentralIsRefusedOnHigh() {
		DomainRuleViolation refused = refusal(estimate(EstimateFigure.MINERS, null, null, "45000", "44999.5"));
		assertThat(refused.field()).isEqualTo("high");
		assertThat(refused.messageKey()).isEqualTo("estimate.high.belowCentral");
	}

	@Test
	void noValueMayBeNegative() {
		assertThat(refusal(estimate(EstimateFigure.MINERS, null, "-1", "10", "20")).field()).isEqualTo("low");
		assertThat(refusal(estimate(EstimateFigure.MINERS, null, null, "-10", null)).field()).isEqualTo("central");
		assertThat(refusal(estimate(EstimateFigure.MINERS, null, null, "10", "-20")).messageKey()).isEqualTo("estimate.value.negative");
	}

	@Test
	void theCentralValueAndTheSourceAreRequired() {
		assertThat(refusal(estimate(EstimateFigure.MINERS, null, "1", null, "3")).field()).isEqualTo("central");
		EstimateForm unsourced = estimate(EstimateFigure.MINERS, null, "1", "2", "3");
		unsourced.setSource("  ");
		assertThat(refusal(unsourced).field()).isEqualTo("source");
	}

	@Test
	void productionAndValueNeedACommodityMinersDoNot() {
		assertThat(refusal(estimate(EstimateFigure.PRODUCTION, null, "8000", "12000", "16000")).field()).isEqualTo("commodity");
		assertThat(refusal(estimate(EstimateFigure.VALUE, null, null, "1", null)).field()).isEqualTo("commodity");
		assertThatCode(() -> EstimateRules.check(estimate(EstimateFigure.WOMEN_MINERS, null, null, "1", null))).doesNotThrowAnyException();
	}

	@Test
	void aFigureOfItsOwnNeedsALabel() {
		EstimateForm other = estimate(EstimateFigure.OTHER, null, null, "12", null);
		assertThat(refusal(other).field()).isEqualTo("figureLabel");
		other.setFigureLabel("Processing plants");
		assertThatCode(() -> EstimateRules.check(other)).doesNotThrowAnyException();
	}
}
