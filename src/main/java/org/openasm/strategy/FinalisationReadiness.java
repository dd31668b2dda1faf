package org.openasm.strategy;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.openasm.workspace.ReadinessItem;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepReadiness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2.4 is ready once a version of the strategy is final, which it could only become with no
 * blocking finding; the check names the version. It reads the list of versions only (one query), as
 * every page assesses the steps; whether the draft has moved on since is for the versions page.
 */
@Component
class FinalisationReadiness implements StepReadiness {

	private final StrategyVersions versions;

	private final StrategyVersionRepository repository;

	FinalisationReadiness(StrategyVersions versions, StrategyVersionRepository repository) {
		this.versions = versions;
		this.repository = repository;
	}

	@Override
	public Step step() {
		return Step.FINALIZE_STRATEGY;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/strategy/versions";
	}

	@Override
	@Transactional(readOnly = true)
	public StepAssessment assess(long workspaceId) {
		Optional<StrategyVersions.Line> latest = versions.latest(workspaceId);
		String path = workPath(workspaceId);
		if (latest.isEmpty()) {
			return new StepAssessment(repository.anyStrategy(workspaceId),
					List.of(ReadinessItem.check(false, "strategy.readiness.final.none", path)));
		}
		StrategyVersions.Line v = latest.get();
		return new StepAssessment(true, List.of(ReadinessItem.check(true, "strategy.readiness.final.met", path + "/" + v.number(), v.number(),
				Date.from(v.finalisedAt()))));
	}
}
