package org.openasm.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;
import org.openasm.context.EstimatedProduction;
import org.openasm.workspace.ReadinessItem;

/** The readiness rules of step 2.2 and the apportioned production, on states and figures written by hand. */
class TypologyRulesTests {

	static TypologyState state(int sites, int unassigned, int ambiguous, int types, List<String> missing, boolean recorded,
			boolean stale) {
		return new TypologyState(5, sites, unassigned, ambiguous, types, missing, recorded, stale);
	}

	static ReadinessItem only(List<ReadinessItem> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	@Test
	void withoutSitesTheSiteRegisterComesFirst() {
		ReadinessItem item = only(new EverySiteTyped().check(state(0, 0, 0, 0, List.of(), false, false)));
		assertThat(item.met()).isFalse();
		assertThat(item.fixPath()).isEqualTo("/workspaces/5/context/sites");
	}

	@Test
	void withSitesButNoTypesTheFirstTypeIsMissing() {
		ReadinessItem item = only(new EverySiteTyped().check(state(400, 400, 0, 0, List.of(), false, false)));
		assertThat(item.messageKey()).isEqualTo("typology.readiness.types.none");
		assertThat(item.fixPath()).isEqualTo("/workspaces/5/types/new");
	}

	@Test
	void untypedSitesAreCountedAndSentToTheProblemsPage() {
		ReadinessItem item = only(new EverySiteTyped().check(state(400, 12, 3, 6, List.of(), false, false)));
		assertThat(item.met()).isFalse();
		assertThat(item.args()).containsExactly(15, 400, 12, 3);
		assertThat(item.fixPath()).isEqualTo("/workspaces/5/types/problems");
	}

	@Test
	void everySiteTypedIsMet() {
		assertThat(only(new EverySiteTyped().check(state(400, 0, 0, 8, List.of(), false, false))).met()).isTrue();
	}

	@Test
	void typesMissingScoresAreNamedThreeAtMost() {
		ReadinessItem item = only(new EveryTypeScored().check(state(10, 0, 0, 5, List.of("A", "B", "C", "D", "E"), false, false)));
		assertThat(item.met()).isFalse();
		assertThat(item.args()).containsExactly(5, "A, B, C", 2);
		assertThat(item.fixPath()).isEqualTo("/workspaces/5/types/scores");
		assertThat(only(new EveryTypeScored().check(state(10, 0, 0, 5, List.of(), false, false))).met()).isTrue();
		assertThat(only(new EveryTypeScored().check(state(10, 0, 0, 0, List.of(), false, false))).met()).isFalse();
	}

	@Test
	void aRankingMustBeRecordedAndUpToDate() {
		assertThat(only(new RankingRecordedAndCurrent().check(state(1, 0, 0, 1, List.of(), false, false))).messageKey())
			.isEqualTo("typology.readiness.ranking.none");
		ReadinessItem stale = only(new RankingRecordedAndCurrent().check(state(1, 0, 0, 1, List.of(), true, true)));
		assertThat(stale.met()).isFalse();
		assertThat(stale.messageKey()).isEqualTo("typology.readiness.ranking.stale");
		assertThat(only(new RankingRecordedAndCurrent().check(state(1, 0, 0, 1, List.of(), true, false))).met()).isTrue();
	}

	@Test
	void productionIsApportionedByTheTypesShareOfTheCommoditysWorkers() {
		// Gold estimated at 8,000 kg (6,000–10,000); 2,000 recorded gold workers, 500 at the type's sites:
		// 25 % → 2,000 kg (1,500–2,500).
		var estimate = new EstimatedProduction.Range(new BigDecimal("6000"), new BigDecimal("8000"), new BigDecimal("10000"), "kg", 2025,
				"Ministry");
		ApportionedProduction p = ApportionedProduction.of(Commodity.GOLD, 500, 2000, estimate);
		assertThat(p.percent()).isEqualByComparingTo("25.0");
		assertThat(p.central()).isEqualByComparingTo("2000");
		assertThat(p.low()).isEqualByComparingTo("1500");
		assertThat(p.high()).isEqualByComparingTo("2500");
		assertThat(p.unit()).isEqualTo("kg");
		assertThat(ApportionedProduction.of(Commodity.GOLD, 0, 0, estimate)).isNull();
	}

	@Test
	void aMissingLowOrHighStaysMissing() {
		var estimate = new EstimatedProduction.Range(null, new BigDecimal("300"), null, "t", 2024, null);
		ApportionedProduction p = ApportionedProduction.of(Commodity.SALT, 1, 3, estimate);
		assertThat(p.central()).isEqualByComparingTo("100.0");
		assertThat(p.low()).isNull();
		assertThat(p.high()).isNull();
	}
}
