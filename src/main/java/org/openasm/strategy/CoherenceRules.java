package org.openasm.strategy;

import java.util.List;

/**
 * What the help page says of the coherence check: each rule in order with the checks it makes and
 * their severities. Kept beside the rules so that a rule's severity changes in one place with its code.
 */
final class CoherenceRules {

	/** One check of a rule: its severity and the message key of its plain description. */
	record Check(CoherenceFinding.Severity severity, String description) {

		public boolean isBlocking() {
			return severity == CoherenceFinding.Severity.BLOCKING;
		}
	}

	/** A rule: its number, its code, its title's and explanation's keys, and its checks. */
	record Rule(int number, String code, List<Check> checks) {

		public String titleKey() {
			return "strategy.rules." + code + ".title";
		}

		public String whyKey() {
			return "strategy.rules." + code + ".why";
		}
	}

	private static final CoherenceFinding.Severity BLOCKING = CoherenceFinding.Severity.BLOCKING;

	private static final CoherenceFinding.Severity WARNING = CoherenceFinding.Severity.WARNING;

	static final List<Rule> ALL = List.of(
			new Rule(1, RankedTypesHaveStrategy.CODE, List.of(new Check(BLOCKING, "strategy.rules.check.rankedStrategy"),
					new Check(BLOCKING, "strategy.rules.check.rankedReason"), new Check(BLOCKING, "strategy.rules.check.rankedComplete"))),
			new Rule(2, UnacceptableTechniquesRegulated.CODE, List.of(new Check(BLOCKING, "strategy.rules.check.unacceptable"))),
			new Rule(3, PoorTechniquesTargeted.CODE, List.of(new Check(WARNING, "strategy.rules.check.poor"))),
			new Rule(4, GoalsServed.CODE, List.of(new Check(BLOCKING, "strategy.rules.check.goals"))),
			new Rule(5, LicensingCoherent.CODE, List.of(new Check(BLOCKING, "strategy.rules.check.category"),
					new Check(BLOCKING, "strategy.rules.check.zones"), new Check(WARNING, "strategy.rules.check.alike"))),
			new Rule(6, TransboundaryIntegrated.CODE, List.of(new Check(WARNING, "strategy.rules.check.transboundary"))),
			new Rule(7, NoContradictions.CODE, List.of(new Check(BLOCKING, "strategy.rules.check.closedPromoted"),
					new Check(WARNING, "strategy.rules.check.buying"), new Check(BLOCKING, "strategy.rules.check.land"))),
			new Rule(8, LeadAgenciesOnTaskForce.CODE, List.of(new Check(BLOCKING, "strategy.rules.check.lead"),
					new Check(WARNING, "strategy.rules.check.leadOnTaskForce"))));

	private CoherenceRules() {
	}
}
