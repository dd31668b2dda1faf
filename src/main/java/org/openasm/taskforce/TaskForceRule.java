package org.openasm.taskforce;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** One of the readiness rules of step 1.1. */
interface TaskForceRule {

	List<ReadinessItem> check(TaskForceState state);
}
