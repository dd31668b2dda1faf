package org.openasm.strategy;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coherence check of step 2.4: the eight rules over the live strategy. Cheap enough to run on
 * every strategy page and after every change: its input is read in a fixed number of queries.
 */
@Component
class CoherenceCheck {

	static final List<CoherenceRule> RULES = List.of(new RankedTypesHaveStrategy(), new UnacceptableTechniquesRegulated(),
			new PoorTechniquesTargeted(), new GoalsServed(), new LicensingCoherent(), new TransboundaryIntegrated(),
			new NoContradictions(), new LeadAgenciesOnTaskForce());

	private final CoherenceInputs inputs;

	CoherenceCheck(CoherenceInputs inputs) {
		this.inputs = inputs;
	}

	@Transactional(readOnly = true)
	CoherenceReport check(long workspaceId, Locale locale) {
		return check(inputs.input(workspaceId, locale));
	}

	static CoherenceReport check(CoherenceInput input) {
		return new CoherenceReport(RULES.stream().flatMap(rule -> rule.check(input).stream()).toList());
	}
}
