package org.openasm.strategy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.typology.RankingFacts;
import org.openasm.typology.SectorTypes;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepReadiness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2.3 is ready when every type ranked in step 2.2 has a strategy with both approaches complete,
 * or an explicit decision not to act or to close it with its reason; started once any strategy is
 * recorded. Every page assesses the steps, so this reads the recorded ranking, the strategies and a
 * count of chosen instruments per strategy, never the types' profiles. A ranked type since removed
 * from the typology is not asked for (the ranking of step 2.2 is then out of date and says so).
 */
@Component
class StrategyReadiness implements StepReadiness {

	static final List<StrategyRule> RULES = List.of(new RankedTypesToStrategise(), new EveryRankedTypeHasStrategy(),
			new EconomicsApproachDecided(), new ImpactsApproachChosen());

	/** The entity name sector types go by in the history and in record links. */
	static final String SECTOR_TYPE = "SectorType";

	private final SectorTypes sectorTypes;

	private final TypeStrategyRepository strategies;

	private final ChosenInstrumentRepository chosen;

	private final RecordLinks links;

	StrategyReadiness(SectorTypes sectorTypes, TypeStrategyRepository strategies, ChosenInstrumentRepository chosen, RecordLinks links) {
		this.sectorTypes = sectorTypes;
		this.strategies = strategies;
		this.chosen = chosen;
		this.links = links;
	}

	@Override
	public Step step() {
		return Step.STRATEGY_PER_TYPE;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/strategy";
	}

	@Override
	@Transactional(readOnly = true)
	public StepAssessment assess(long workspaceId) {
		List<TypeStrategy> recorded = strategies.findByWorkspaceIdOrderById(workspaceId);
		StrategyState state = state(workspaceId, recorded);
		return new StepAssessment(!recorded.isEmpty(), RULES.stream().flatMap(rule -> rule.check(state).stream()).toList());
	}

	private StrategyState state(long workspaceId, List<TypeStrategy> recorded) {
		Optional<RankingFacts> ranking = sectorTypes.recordedRanking(workspaceId);
		Set<Long> existing = links.all(workspaceId, SECTOR_TYPE).stream().map(RecordLinks.Linked::id).collect(Collectors.toSet());
		Map<Long, TypeStrategy> byType = recorded.stream().collect(Collectors.toMap(TypeStrategy::getTypeId, s -> s));
		Map<Long, Long> counts = new HashMap<>();
		chosen.countByStrategy(workspaceId).forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
		List<StrategyState.Ranked> ranked = ranking.map(RankingFacts::ranked)
			.orElse(List.of())
			.stream()
			.filter(t -> existing.contains(t.typeId()))
			.map(t -> {
				TypeStrategy s = byType.get(t.typeId());
				return s == null ? new StrategyState.Ranked(t.typeId(), t.name(), t.rank(), false, null, false, false)
						: new StrategyState.Ranked(t.typeId(), t.name(), t.rank(), true, s.getDecision(), s.economicsComplete(),
								s.getImpactsApproach() != null && counts.getOrDefault(s.getId(), 0L) > 0);
			})
			.toList();
		return new StrategyState(workspaceId, ranking.isPresent(), ranked);
	}
}
