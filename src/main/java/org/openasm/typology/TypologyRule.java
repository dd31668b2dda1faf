package org.openasm.typology;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** One of the readiness rules of step 2.2. */
interface TypologyRule {

	List<ReadinessItem> check(TypologyState state);
}
