package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.registry.UnacceptableTechniqueOpensCase.Seen;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.vision.TechniqueGrade;

/** The small rules of inspections, enforcement and the public register, on cases a reader can check by hand. */
class InspectionRulesTests {

	static final Seen UNACCEPTABLE_SEEN = new Seen(TechniqueGrade.UNACCEPTABLE, true);

	static final Seen UNACCEPTABLE_NOT_SEEN = new Seen(TechniqueGrade.UNACCEPTABLE, false);

	static final Seen POOR_SEEN = new Seen(TechniqueGrade.POOR, true);

	static final Seen UNGRADED_SEEN = new Seen(null, true);

	@Test
	void aCaseOpensWhenAnUnacceptableTechniqueIsSeenAndNoCaseIsOpenYet() {
		assertThat(UnacceptableTechniqueOpensCase.opensCase(List.of(POOR_SEEN, UNACCEPTABLE_SEEN), false)).isTrue();
	}

	@Test
	void noCaseOpensForAPoorOrUngradedTechniqueOrAnUnacceptableOneNotSeen() {
		assertThat(UnacceptableTechniqueOpensCase.opensCase(List.of(POOR_SEEN, UNGRADED_SEEN, UNACCEPTABLE_NOT_SEEN), false)).isFalse();
		assertThat(UnacceptableTechniqueOpensCase.opensCase(List.of(), false)).isFalse();
	}

	@Test
	void aSecondCaseDoesNotOpenWhileOneIsOpenThoughTheTechniqueCounts() {
		assertThat(UnacceptableTechniqueOpensCase.opensCase(List.of(UNACCEPTABLE_SEEN), true)).isFalse();
		assertThat(UnacceptableTechniqueOpensCase.unacceptableObserved(List.of(UNACCEPTABLE_SEEN))).isTrue();
	}

	@Test
	void aFineNeedsAnAmountAboveZeroAndNothingElseHasOne() {
		SanctionAllowed.check(EnforcementStatus.OPEN, 1L, SanctionKind.FINE, new BigDecimal("0.01"));
		SanctionAllowed.check(EnforcementStatus.OPEN, null, SanctionKind.WARNING, null);
		assertThatThrownBy(() -> SanctionAllowed.check(EnforcementStatus.OPEN, 1L, SanctionKind.FINE, BigDecimal.ZERO))
			.isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("amount");
		assertThatThrownBy(() -> SanctionAllowed.check(EnforcementStatus.OPEN, 1L, SanctionKind.FINE, null))
			.extracting("messageKey").isEqualTo("registry.sanction.amount.required");
		assertThatThrownBy(() -> SanctionAllowed.check(EnforcementStatus.OPEN, 1L, SanctionKind.WARNING, BigDecimal.TEN))
			.extracting("messageKey").isEqualTo("registry.sanction.amount.onlyFine");
	}

	@Test
	void aSuspensionNeedsALicenceAndAClosedCaseTakesNoSanction() {
		SanctionAllowed.check(EnforcementStatus.OPEN, 7L, SanctionKind.SUSPENSION, null);
		assertThatThrownBy(() -> SanctionAllowed.check(EnforcementStatus.OPEN, null, SanctionKind.SUSPENSION, null))
			.extracting("messageKey").isEqualTo("registry.sanction.suspension.noLicence");
		assertThatThrownBy(() -> SanctionAllowed.check(EnforcementStatus.CLOSED, 7L, SanctionKind.WARNING, null))
			.extracting("messageKey").isEqualTo("registry.sanction.caseClosed");
	}

	@Test
	void aMapBoxIsFourNumbersInRangeWithMinNotAboveMax() {
		assertThat(RegisterMapBox.parse("0.5, 8,4,12.1")).containsExactly(0.5, 8, 4, 12.1);
		for (String bad : new String[] { null, "", "1,2,3", "a,b,c,d", "4,8,0,12", "0,12,4,8", "0,8,181,12", "0,-91,4,12" }) {
			assertThatThrownBy(() -> RegisterMapBox.parse(bad)).isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("bbox");
		}
	}

	@Test
	void aCsvFieldIsQuotedWhenItMustBeAndDefusedWhenASpreadsheetWouldRunIt() {
		assertThat(PublicRegister.csv("Quarry permit")).isEqualTo("Quarry permit");
		assertThat(PublicRegister.csv("Sand, gravel")).isEqualTo("\"Sand, gravel\"");
		assertThat(PublicRegister.csv("The \"Big\" pit")).isEqualTo("\"The \"\"Big\"\" pit\"");
		assertThat(PublicRegister.csv("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
		assertThat(PublicRegister.csv(null)).isEmpty();
	}

	@Test
	void theRegisterMapOpensOnThePageLicencesWithAHundredthOfADegreeAround() {
		PublicRegister.Row a = new PublicRegister.Row(1, "A", "c", org.openasm.context.Commodity.GOLD, LicenceStatus.ACTIVE, null, null, BigDecimal.ONE, 1.0,
				10.0, null, null);
		PublicRegister.Row b = new PublicRegister.Row(2, "B", "c", org.openasm.context.Commodity.GOLD, LicenceStatus.ACTIVE, null, null, BigDecimal.ONE, 2.0,
				9.5, null, null);
		assertThat(PublicRegister.extentOf(List.of(a, b))).containsExactly(0.99, 9.49, 2.01, 10.01);
		assertThat(PublicRegister.extentOf(List.of())).isNull();
	}
}
