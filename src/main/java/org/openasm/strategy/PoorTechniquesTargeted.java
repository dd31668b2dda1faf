package org.openasm.strategy;

import java.util.ArrayList;
import java.util.List;
import org.openasm.vision.TechniqueGrade;

/**
 * Rule 3, a warning: a technique graded poor that a type practises is targeted by at least one
 * instrument of that type's strategy, of any mode, moving the type away from it. A warning, not a
 * block: the guidance accepts that poor practices improve over time where unacceptable ones must end.
 */
class PoorTechniquesTargeted implements CoherenceRule {

	static final String CODE = "POOR_TECHNIQUES_TARGETED";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<CoherenceFinding> check(CoherenceInput input) {
		List<CoherenceFinding> findings = new ArrayList<>();
		for (Drafted.TypeDraft t : input.draft().types()) {
			for (long techniqueId : t.type().techniqueIds()) {
				CoherenceInput.Technique technique = input.techniques().get(techniqueId);
				if (technique == null || technique.grade() != TechniqueGrade.POOR) {
					continue;
				}
				boolean targeted = t.strategy() != null
						&& t.strategy().instruments().stream().anyMatch(c -> c.awayFromTechniqueIds().contains(techniqueId));
				if (!targeted) {
					findings.add(CoherenceFinding.warning(CODE, t.type().id(), input.typePage(t.type().id()),
							"strategy.coherence.poor.untargeted", technique.name(), t.type().name()));
				}
			}
		}
		return findings;
	}
}
