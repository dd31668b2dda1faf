package org.openasm.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule 1, blocking: every type ranked in step 2.2 has a strategy, with both approaches complete when
 * the government acts on it, or an explicit decision not to act or to close it with its reason. With
 * no type ranked (no ranking recorded, or its types since removed) there is nothing to finalise.
 */
class RankedTypesHaveStrategy implements CoherenceRule {

	static final String CODE = "RANKED_TYPES_HAVE_STRATEGY";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<CoherenceFinding> check(CoherenceInput input) {
		List<CoherenceFinding> findings = new ArrayList<>();
		if (input.draft().ranked().isEmpty()) {
			findings.add(CoherenceFinding.blocking(CODE, null, input.path("/types/ranking"), "strategy.coherence.ranked.noRanking"));
			return findings;
		}
		for (Drafted.TypeDraft t : input.draft().ranked()) {
			String name = t.type().name();
			Integer rank = t.type().recordedRank();
			String page = input.typePage(t.type().id());
			Drafted.Strategy s = t.strategy();
			if (s == null) {
				findings.add(CoherenceFinding.blocking(CODE, t.type().id(), page, "strategy.coherence.ranked.none", name, rank));
				continue;
			}
			switch (s.decision()) {
				case NO_ACTION, CLOSE -> {
					if (s.decisionReason() == null || s.decisionReason().isBlank()) {
						findings.add(CoherenceFinding.blocking(CODE, t.type().id(), page,
								s.decision() == TypeDecision.CLOSE ? "strategy.coherence.ranked.closeReason"
										: "strategy.coherence.ranked.noActionReason",
								name, rank));
					}
				}
				case ACT -> {
					if (!s.economicsComplete()) {
						findings.add(CoherenceFinding.blocking(CODE, t.type().id(), page, "strategy.coherence.ranked.economics", name, rank));
					}
					if (!s.impactsComplete()) {
						findings.add(CoherenceFinding.blocking(CODE, t.type().id(), page, "strategy.coherence.ranked.impacts", name, rank));
					}
				}
			}
		}
		return findings;
	}
}
