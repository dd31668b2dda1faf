package org.openasm.typology;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which type a site belongs to, from its value on each dimension. A site matches a type when, on every
 * dimension the type constrains, the site's value is one the type accepts (a site with no value on that
 * dimension does not match). Among the types it matches, the most specific wins: the one constraining
 * the most dimensions. Two or more at that top are a tie and the site is ambiguous; a site matching no
 * type is unassigned. Overrides are applied by the caller, before this rule.
 *
 * <p>Example: “alluvial gold” accepts commodity GOLD and deposit ALLUVIAL (2 dimensions); “gold” accepts
 * commodity GOLD (1). A manual alluvial gold site matches both and goes to “alluvial gold”; a hard-rock
 * gold site matches only “gold”; a salt site matches neither and is unassigned.
 */
final class TypeAssignment {

	/** A type as the rule sees it: per constrained dimension key, the accepted values. */
	record TypeRule(long id, String name, Map<String, Set<String>> accepted) {

		boolean matches(Map<String, String> values) {
			return accepted.entrySet().stream().allMatch(e -> {
				String value = values.get(e.getKey());
				return value != null && e.getValue().contains(value);
			});
		}

		int specificity() {
			return (int) accepted.values().stream().filter(v -> !v.isEmpty()).count();
		}
	}

	enum Outcome {
		TYPED, AMBIGUOUS, UNASSIGNED
	}

	/** The outcome; the type when typed, the tied types when ambiguous (in the order given), none otherwise. */
	record Result(Outcome outcome, Long typeId, List<Long> tied) {
	}

	private TypeAssignment() {
	}

	static Result assign(List<TypeRule> types, Map<String, String> values) {
		List<TypeRule> matching = types.stream().filter(t -> t.matches(values)).toList();
		if (matching.isEmpty()) {
			return new Result(Outcome.UNASSIGNED, null, List.of());
		}
		int top = matching.stream().mapToInt(TypeRule::specificity).max().getAsInt();
		List<Long> best = matching.stream().filter(t -> t.specificity() == top).map(TypeRule::id).toList();
		if (best.size() > 1) {
			return new Result(Outcome.AMBIGUOUS, null, best);
		}
		return new Result(Outcome.TYPED, best.get(0), List.of());
	}
}
