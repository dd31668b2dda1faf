package org.openasm.stakeholders;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** One of the readiness rules of step 1.2. */
interface ForumRule {

	List<ReadinessItem> check(ForumState state);
}
