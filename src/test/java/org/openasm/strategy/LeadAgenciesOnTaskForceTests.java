package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.strategy.CoherenceFixtures.ENVIRONMENT;
import static org.openasm.strategy.CoherenceFixtures.FINANCE;
import static org.openasm.strategy.CoherenceFixtures.LICENSING;
import static org.openasm.strategy.CoherenceFixtures.MINING;
import static org.openasm.strategy.CoherenceFixtures.TRAINING;
import static org.openasm.strategy.CoherenceFixtures.chosen;
import static org.openasm.strategy.CoherenceFixtures.input;
import static org.openasm.strategy.CoherenceFixtures.type;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadAgenciesOnTaskForceTests {

	final LeadAgenciesOnTaskForce rule = new LeadAgenciesOnTaskForce();

	@Test
	void instrumentsLedByAgenciesWithMembersPass() {
		CoherenceInput input = input(type(1, "Alluvial gold").acting().with(chosen(1, LICENSING, Set.of(), Set.of(), MINING),
				chosen(2, TRAINING, Set.of(), Set.of(), ENVIRONMENT))).represented(MINING, ENVIRONMENT).build();

		assertThat(rule.check(input)).isEmpty();
	}

	@Test
	void noLeadBlocksAndALeadWithoutAMemberIsAWarning() {
		CoherenceInput input = input(type(1, "Alluvial gold").acting().with(chosen(1, LICENSING, Set.of(), Set.of(), null),
				chosen(2, TRAINING, Set.of(), Set.of(), FINANCE), chosen(3, TRAINING, Set.of(), Set.of(), 999L)))
			.represented(MINING)
			.build();

		assertThat(rule.check(input)).extracting(f -> f.severity() + " " + f.messageKey())
			.containsExactly("BLOCKING strategy.coherence.lead.none", "WARNING strategy.coherence.lead.notOnTaskForce",
					"BLOCKING strategy.coherence.lead.none");
		assertThat(rule.check(input).get(1).args()).containsExactly("Ministry of Finance", "Education and training", "Alluvial gold");
	}
}
