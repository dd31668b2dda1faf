package org.openasm.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openasm.registry.LicenceCategoryFacts;

/**
 * Rule 5: operators get the right kind of licence. Blocking: a type to be licensed has no licence
 * category; a category granted inside ASM zones only goes to a type whose strategy allocates no land.
 * A warning: two alike types to be licensed get different categories and neither says why. Two types
 * are alike when both define themselves by scale or mechanisation (at least one of the two) and accept
 * the same values of both, e.g. two artisanal manual types of different commodities; types that say
 * nothing of scale and mechanisation are not compared.
 */
class LicensingCoherent implements CoherenceRule {

	static final String CODE = "LICENSING_COHERENT";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<CoherenceFinding> check(CoherenceInput input) {
		List<CoherenceFinding> findings = new ArrayList<>();
		List<Drafted.TypeDraft> licensed = input.draft().types().stream()
			.filter(t -> t.hasStrategy() && Boolean.TRUE.equals(t.strategy().licensed()))
			.toList();
		for (Drafted.TypeDraft t : licensed) {
			String page = input.typePage(t.type().id());
			Optional<LicenceCategoryFacts> category = input.draft().category(t.strategy().licenceCategoryId());
			if (category.isEmpty()) {
				findings.add(CoherenceFinding.blocking(CODE, t.type().id(), page, "strategy.coherence.licensing.noCategory", t.type().name()));
			}
			else if (category.get().zonesOnly() && !Boolean.TRUE.equals(t.strategy().allocateLand())) {
				findings.add(CoherenceFinding.blocking(CODE, t.type().id(), page, "strategy.coherence.licensing.zonesWithoutLand",
						t.type().name(), category.get().name()));
			}
		}
		for (int i = 0; i < licensed.size(); i++) {
			for (int j = i + 1; j < licensed.size(); j++) {
				Drafted.TypeDraft a = licensed.get(i);
				Drafted.TypeDraft b = licensed.get(j);
				Optional<LicenceCategoryFacts> ca = input.draft().category(a.strategy().licenceCategoryId());
				Optional<LicenceCategoryFacts> cb = input.draft().category(b.strategy().licenceCategoryId());
				if (ca.isEmpty() || cb.isEmpty() || ca.get().id() == cb.get().id() || !alike(a, b) || reasoned(a) || reasoned(b)) {
					continue;
				}
				findings.add(CoherenceFinding.warning(CODE, b.type().id(), input.typePage(b.type().id()),
						"strategy.coherence.licensing.alikeDiffer", a.type().name(), ca.get().name(), b.type().name(), cb.get().name()));
			}
		}
		return findings;
	}

	/** Same accepted scale and mechanisation values, at least one of the two constrained. */
	static boolean alike(Drafted.TypeDraft a, Drafted.TypeDraft b) {
		Set<String> scaleA = values(a, "scale");
		Set<String> mechA = values(a, "mechanisation");
		if (scaleA.isEmpty() && mechA.isEmpty()) {
			return false;
		}
		return scaleA.equals(values(b, "scale")) && mechA.equals(values(b, "mechanisation"));
	}

	private static Set<String> values(Drafted.TypeDraft t, String dimension) {
		return t.type().dimensionValues().getOrDefault(dimension, Set.of());
	}

	private static boolean reasoned(Drafted.TypeDraft t) {
		return t.strategy().categoryReason() != null && !t.strategy().categoryReason().isBlank();
	}
}
