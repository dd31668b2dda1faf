package org.openasm.vision;

import java.util.List;
import org.openasm.workspace.ReadinessItem;

/** The vision statement is written. */
class StatementWritten implements VisionRule {

	@Override
	public List<ReadinessItem> check(VisionState state) {
		return List.of(state.statement() ? ReadinessItem.check(true, "vision.readiness.statement.met", state.path("/statement"))
				: ReadinessItem.check(false, "vision.readiness.statement.missing", state.path("/statement")));
	}
}
