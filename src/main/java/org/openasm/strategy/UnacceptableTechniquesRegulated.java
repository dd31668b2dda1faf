package org.openasm.strategy;

import java.util.ArrayList;
import java.util.List;
import org.openasm.vision.TechniqueGrade;

/**
 * Rule 2, blocking: a technique graded unacceptable that a type practises (at one of its sites) is
 * targeted by a regulating instrument of that type's strategy, one that moves the type away from it.
 * Every type counts, ranked or not, whatever was decided for it: an unacceptable practice is to end.
 */
class UnacceptableTechniquesRegulated implements CoherenceRule {

	static final String CODE = "UNACCEPTABLE_TECHNIQUES_REGULATED";

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
				if (technique == null || technique.grade() != TechniqueGrade.UNACCEPTABLE) {
					continue;
				}
				boolean regulated = t.strategy() != null && t.strategy()
					.instruments(InstrumentMode.REGULATE)
					.stream()
					.anyMatch(c -> c.awayFromTechniqueIds().contains(techniqueId));
				if (!regulated) {
					findings.add(CoherenceFinding.blocking(CODE, t.type().id(), input.typePage(t.type().id()),
							"strategy.coherence.unacceptable.unregulated", technique.name(), t.type().name()));
				}
			}
		}
		return findings;
	}
}
