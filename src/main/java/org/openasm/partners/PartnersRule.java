package org.openasm.partners;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** One of the readiness rules of step 1.4. */
interface PartnersRule {

	List<ReadinessItem> check(PartnersState state);
}
