package org.openasm.context;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepAssessment;
import org.openasm.workspace.StepReadiness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 1.3 is ready when sites are recorded, the miners of every commodity with sites are estimated,
 * every task-force agency's capacity is assessed, each main commodity has a supply-chain flow and the
 * political economy names an actor.
 */
@Component
class ContextReadiness implements StepReadiness {

	static final List<ContextRule> RULES = List.of(new SitesRecorded(), new MinersEstimated(), new CapacityAssessed(),
			new ChainCoversMainCommodities(), new PoliticalEconomyMapped());

	private final SiteRegister sites;

	private final SectorFigures figures;

	private final CapacityAssessment capacity;

	private final ChainRegister chain;

	private final PoliticalEconomy politics;

	ContextReadiness(SiteRegister sites, SectorFigures figures, CapacityAssessment capacity, ChainRegister chain,
			PoliticalEconomy politics) {
		this.sites = sites;
		this.figures = figures;
		this.capacity = capacity;
		this.chain = chain;
		this.politics = politics;
	}

	@Override
	public Step step() {
		return Step.CONTEXT_ANALYSIS;
	}

	@Override
	public String workPath(long workspaceId) {
		return "/workspaces/" + workspaceId + "/context";
	}

	@Override
	@Transactional(readOnly = true)
	public StepAssessment assess(long workspaceId) {
		List<EstimateFacts> estimates = figures.estimates(workspaceId);
		ContextState state = state(workspaceId, estimates);
		boolean started = state.sites() > 0 || !estimates.isEmpty() || !state.commoditiesWithFlows().isEmpty()
				|| state.politicalActors() > 0 || state.unassessedAgencies().size() < state.agencies();
		return new StepAssessment(started, RULES.stream().flatMap(rule -> rule.check(state).stream()).toList());
	}

	/**
	 * Every page of a workspace assesses the steps, so this reads counts and small lists only: the sites
	 * are counted per commodity by the database, never loaded.
	 */
	@Transactional(readOnly = true)
	ContextState state(long workspaceId, List<EstimateFacts> estimates) {
		Map<Commodity, Integer> byCommodity = new EnumMap<>(Commodity.class);
		byCommodity.putAll(sites.countsByCommodity(workspaceId));
		Set<Commodity> minersEstimated = estimates
			.stream()
			.filter(e -> EstimateFigure.MINERS.name().equals(e.figure()) && e.commodity() != null)
			.map(EstimateFacts::commodity)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Commodity.class)));
		Set<Commodity> withFlows = chain.commoditiesWithFlows(workspaceId);
		return new ContextState(workspaceId, byCommodity, minersEstimated, capacity.agencies(workspaceId).size(),
				capacity.unassessedAgencies(workspaceId).stream().map(a -> a.name()).toList(), withFlows,
				(int) politics.actorCount(workspaceId));
	}
}
