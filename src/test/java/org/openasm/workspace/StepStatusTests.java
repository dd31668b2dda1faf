package org.openasm.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A step's status is derived from its checks, never ticked by hand. */
class StepStatusTests {

	static ReadinessItem met() {
		return ReadinessItem.check(true, "readiness.chair.met", "/fix");
	}

	static ReadinessItem missing() {
		return ReadinessItem.check(false, "readiness.chair.missing", "/fix");
	}

	@Test
	void aStepWhoseModuleIsNotInstalledHasNotStartedEvenIfWorkExists() {
		assertThat(StepStatus.of(StepAssessment.none())).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(StepStatus.of(new StepAssessment(true, List.of()))).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void noRecordsAndNoCheckMetIsNotStarted() {
		assertThat(StepStatus.of(new StepAssessment(false, List.of(missing(), missing())))).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void aRecordWithNoCheckMetYetIsInProgress() {
		assertThat(StepStatus.of(new StepAssessment(true, List.of(missing(), missing())))).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void oneCheckMetIsInProgressEvenWithoutRecords() {
		assertThat(StepStatus.of(new StepAssessment(false, List.of(met(), missing())))).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void everyCheckMetIsReady() {
		assertThat(StepStatus.of(new StepAssessment(true, List.of(met(), met())))).isEqualTo(StepStatus.READY);
		assertThat(StepStatus.of(new StepAssessment(false, List.of(met())))).isEqualTo(StepStatus.READY);
	}
}
