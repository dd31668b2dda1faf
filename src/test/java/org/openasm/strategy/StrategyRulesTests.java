package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openasm.workspace.ReadinessItem;

/**
 * The readiness rules of step 2.3 on states a reader can check by hand: a ranking of three types,
 * “Manual gold” (1st), “Quarries” (2nd) and “Salt” (3rd), with strategies complete, incomplete or absent.
 */
class StrategyRulesTests {

	static StrategyState.Ranked complete(long id, String name, int rank) {
		return new StrategyState.Ranked(id, name, rank, true, TypeDecision.ACT, true, true);
	}

	static StrategyState.Ranked none(long id, String name, int rank) {
		return new StrategyState.Ranked(id, name, rank, false, null, false, false);
	}

	static StrategyState state(StrategyState.Ranked... ranked) {
		return new StrategyState(7, true, List.of(ranked));
	}

	@Test
	void withoutARecordedRankingTheStepSendsToTheRankingOfStep22() {
		List<ReadinessItem> items = new RankedTypesToStrategise().check(new StrategyState(7, false, List.of()));
		assertThat(items).singleElement().satisfies(i -> {
			assertThat(i.met()).isFalse();
			assertThat(i.messageKey()).isEqualTo("strategy.readiness.ranking.missing");
			assertThat(i.fixPath()).isEqualTo("/workspaces/7/types/ranking");
		});
		assertThat(new RankedTypesToStrategise().check(state(complete(1, "Manual gold", 1)))).isEmpty();
		assertThat(new EveryRankedTypeHasStrategy().check(new StrategyState(7, false, List.of()))).isEmpty();
	}

	@Test
	void everyRankedTypeNeedsAStrategyAndTheFirstMissingOneIsTheFix() {
		List<ReadinessItem> missing = new EveryRankedTypeHasStrategy()
			.check(state(complete(1, "Manual gold", 1), none(2, "Quarries", 2), none(3, "Salt", 3)));
		assertThat(missing).singleElement().satisfies(i -> {
			assertThat(i.met()).isFalse();
			assertThat(i.args()).containsExactly(2, "Quarries, Salt", 0);
			assertThat(i.fixPath()).isEqualTo("/workspaces/7/strategy/types/2");
		});
		StrategyState.Ranked notActing = new StrategyState.Ranked(2, "Quarries", 2, true, TypeDecision.NO_ACTION, false, false);
		List<ReadinessItem> met = new EveryRankedTypeHasStrategy().check(state(complete(1, "Manual gold", 1), notActing));
		assertThat(met).singleElement().satisfies(i -> assertThat(i.met()).isTrue());
	}

	@Test
	void aTypeActedOnNeedsItsEconomicsDecidedButOneNotActedOnDoesNot() {
		StrategyState.Ranked undecided = new StrategyState.Ranked(2, "Quarries", 2, true, TypeDecision.ACT, false, true);
		StrategyState.Ranked closing = new StrategyState.Ranked(3, "Salt", 3, true, TypeDecision.CLOSE, false, false);
		assertThat(new EconomicsApproachDecided().check(state(complete(1, "Manual gold", 1), undecided, closing))).singleElement()
			.satisfies(i -> {
				assertThat(i.met()).isFalse();
				assertThat(i.args()).containsExactly(1, "Quarries", 0);
			});
		assertThat(new EconomicsApproachDecided().check(state(complete(1, "Manual gold", 1), closing))).singleElement()
			.satisfies(i -> assertThat(i.met()).isTrue());
	}

	@Test
	void aTypeActedOnNeedsAnApproachToImpactsWithAnInstrumentAndFourMissingAreNamedThreeAndOneMore() {
		List<StrategyState.Ranked> withoutInstruments = List.of(
				new StrategyState.Ranked(1, "A", 1, true, TypeDecision.ACT, true, false),
				new StrategyState.Ranked(2, "B", 2, true, TypeDecision.ACT, true, false),
				new StrategyState.Ranked(3, "C", 3, true, TypeDecision.ACT, true, false),
				new StrategyState.Ranked(4, "D", 4, true, TypeDecision.ACT, true, false));
		assertThat(new ImpactsApproachChosen().check(new StrategyState(7, true, withoutInstruments))).singleElement().satisfies(i -> {
			assertThat(i.met()).isFalse();
			assertThat(i.args()).containsExactly(4, "A, B, C", 1);
			assertThat(i.fixPath()).isEqualTo("/workspaces/7/strategy/types/1");
		});
		assertThat(new ImpactsApproachChosen().check(state(complete(1, "Manual gold", 1)))).singleElement()
			.satisfies(i -> assertThat(i.met()).isTrue());
		assertThat(new ImpactsApproachChosen().check(state(none(1, "Manual gold", 1)))).isEmpty();
	}

	@Test
	void aStrategyIsCompleteWithBothApproachesOrAReasonedDecisionNotToAct() {
		Drafted.Chosen chosen = new Drafted.Chosen(1, 0, new Drafted.InstrumentFacts(9, "LICENSING", "Licensing", null, InstrumentMode.REGULATE,
				java.util.Set.of(), java.util.Set.of(), false), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), 3L,
				null, java.util.Set.of(), null);
		Drafted.Strategy acting = new Drafted.Strategy(1, 0, 5, TypeDecision.ACT, null, true, java.util.Set.of(), false, "why", false, "why", true,
				"why", ImpactsApproach.REGULATE, null, true, null, null, null, List.of(chosen));
		assertThat(acting.status()).isEqualTo(TypeStatus.COMPLETE);
		Drafted.Strategy undecided = new Drafted.Strategy(1, 0, 5, TypeDecision.ACT, null, true, java.util.Set.of(), false, "why", null, null,
				true, "why", ImpactsApproach.REGULATE, null, true, null, null, null, List.of(chosen));
		assertThat(undecided.status()).isEqualTo(TypeStatus.INCOMPLETE);
		Drafted.Strategy noInstrument = new Drafted.Strategy(1, 0, 5, TypeDecision.ACT, null, true, java.util.Set.of(), false, "why", false,
				"why", true, "why", ImpactsApproach.REGULATE, null, true, null, null, null, List.of());
		assertThat(noInstrument.status()).isEqualTo(TypeStatus.INCOMPLETE);
		assertThat(noInstrument.hasTransboundaryMeasure()).isFalse();
		Drafted.Strategy closing = new Drafted.Strategy(1, 0, 5, TypeDecision.CLOSE, "Mercury residues", null, java.util.Set.of(), false, null,
				null, null, null, null, null, null, null, null, null, "Seized at the border", List.of());
		assertThat(closing.status()).isEqualTo(TypeStatus.TO_CLOSE);
		assertThat(closing.hasTransboundaryMeasure()).isTrue();
	}
}
