package org.openasm.context;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** One of the readiness rules of step 1.3. */
interface ContextRule {

	List<ReadinessItem> check(ContextState state);
}
