package org.openasm.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How far each phase has got, and which one the jurisdiction stands in now. */
class PhaseProgressTests {

	/** All eleven steps, those named ready and every other not started. */
	static List<StepProgress> aJurisdictionWith(Step... ready) {
		Set<Step> done = Set.of(ready);
		return Arrays.stream(Step.values())
			.map(s -> new StepProgress(s, done.contains(s) ? StepStatus.READY : StepStatus.NOT_STARTED, true, "/work", List.of()))
			.toList();
	}

	@Test
	void aNewJurisdictionStandsInGettingStartedWithNothingReady() {
		List<PhaseProgress> phases = PhaseProgress.of(aJurisdictionWith());
		assertThat(phases).extracting(PhaseProgress::phase).containsExactly(Phase.values());
		assertThat(phases).extracting(PhaseProgress::total).containsExactly(4, 4, 3);
		assertThat(phases).extracting(PhaseProgress::ready).containsExactly(0, 0, 0);
		assertThat(phases).extracting(PhaseProgress::current).containsExactly(true, false, false);
		assertThat(phases).extracting(PhaseProgress::percent).containsExactly(0, 0, 0);
	}

	@Test
	void aTaskForceReadyCountsAQuarterOfGettingStarted() {
		PhaseProgress gettingStarted = PhaseProgress.of(aJurisdictionWith(Step.TASK_FORCE)).get(0);
		assertThat(gettingStarted.ready()).isEqualTo(1);
		assertThat(gettingStarted.percent()).isEqualTo(25);
		assertThat(gettingStarted.current()).isTrue();
	}

	@Test
	void whenGettingStartedIsCompleteTheStrategyPhaseIsCurrent() {
		List<PhaseProgress> phases = PhaseProgress.of(aJurisdictionWith(Step.TASK_FORCE, Step.STAKEHOLDER_FORUM,
				Step.CONTEXT_ANALYSIS, Step.PARTNERS));
		assertThat(phases).extracting(PhaseProgress::current).containsExactly(false, true, false);
		assertThat(phases.get(0).percent()).isEqualTo(100);
	}

	@Test
	void theFirstUnfinishedPhaseIsCurrentEvenIfALaterPhaseHasReadySteps() {
		List<PhaseProgress> phases = PhaseProgress.of(aJurisdictionWith(Step.TASK_FORCE, Step.VISION, Step.MONITOR));
		assertThat(phases).extracting(PhaseProgress::current).containsExactly(true, false, false);
		assertThat(phases).extracting(PhaseProgress::ready).containsExactly(1, 1, 1);
		assertThat(phases.get(2).percent()).isEqualTo(33);
	}

	@Test
	void aJurisdictionWithEveryStepReadyHasNoCurrentPhase() {
		List<PhaseProgress> phases = PhaseProgress.of(aJurisdictionWith(Step.values()));
		assertThat(phases).noneMatch(PhaseProgress::current);
		assertThat(phases).extracting(PhaseProgress::percent).containsExactly(100, 100, 100);
	}

	@Test
	void aPhaseWithoutStepsShowsZeroPercentRatherThanDividingByZero() {
		assertThat(new PhaseProgress(Phase.IMPLEMENTING, 0, 0, false).percent()).isZero();
	}
}
