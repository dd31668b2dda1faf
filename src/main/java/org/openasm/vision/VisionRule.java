package org.openasm.vision;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** One of the readiness rules of step 2.1. */
interface VisionRule {

	List<ReadinessItem> check(VisionState state);
}
