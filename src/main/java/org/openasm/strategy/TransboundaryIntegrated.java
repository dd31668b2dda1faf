package org.openasm.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openasm.context.Commodity;

/**
 * Rule 6, a warning: where a type's commodity crosses a border in the supply chain map, or some of its
 * sites lie within the workspace's border distance, the strategy of a type the government acts on has
 * a transboundary measure: one written, or a chosen instrument flagged transboundary. The finding says
 * which of the two reasons holds, and how many sites. Types not acted on or to be closed have no
 * measures by decision, and rule 1 asks for the reason.
 */
class TransboundaryIntegrated implements CoherenceRule {

	static final String CODE = "TRANSBOUNDARY_INTEGRATED";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<CoherenceFinding> check(CoherenceInput input) {
		List<CoherenceFinding> findings = new ArrayList<>();
		for (Drafted.TypeDraft t : input.draft().types()) {
			if (!t.hasStrategy() || t.strategy().decision() != TypeDecision.ACT || t.strategy().hasTransboundaryMeasure()) {
				continue;
			}
			Set<Commodity> crossing = new TreeSet<>(t.type().commodities());
			crossing.retainAll(input.crossBorderCommodities());
			int sites = input.borderSitesByType().getOrDefault(t.type().id(), 0);
			String commodities = crossing.stream()
				.map(c -> input.commodityNames().getOrDefault(c, c.name()))
				.collect(Collectors.joining(", "));
			String page = input.typePage(t.type().id());
			if (!crossing.isEmpty() && sites > 0) {
				findings.add(CoherenceFinding.warning(CODE, t.type().id(), page, "strategy.coherence.transboundary.both", t.type().name(),
						commodities, sites, input.borderKm()));
			}
			else if (!crossing.isEmpty()) {
				findings.add(CoherenceFinding.warning(CODE, t.type().id(), page, "strategy.coherence.transboundary.flows", t.type().name(),
						commodities));
			}
			else if (sites > 0) {
				findings.add(CoherenceFinding.warning(CODE, t.type().id(), page, "strategy.coherence.transboundary.sites", t.type().name(),
						sites, input.borderKm()));
			}
		}
		return findings;
	}
}
