package org.openasm.strategy;

import java.util.List;

/**
 * One rule of the coherence check of step 2.4: reads the consolidated strategy and says what does not
 * hold, each finding with its severity and where to fix it. Rules read nothing but their input.
 */
interface CoherenceRule {

	/** The rule's code, as findings and the help page name it (e.g. {@code RANKED_TYPES_HAVE_STRATEGY}). */
	String code();

	List<CoherenceFinding> check(CoherenceInput input);
}
