package org.openasm.stakeholders;

import java.util.Arrays;
import java.util.List;
import org.openasm.stakeholders.StandardCategory.EssentialVoice;
import org.openasm.workspace.ReadinessItem;

/** Miners, mining communities and women's groups each have at least one member stakeholder. */
class EssentialVoicesAmongMembers implements ForumRule {

	@Override
	public List<ReadinessItem> check(ForumState state) {
		CategoryCoverage coverage = CategoryCoverage.ofMembers(state.forumMembers());
		return Arrays.stream(EssentialVoice.values()).map(voice -> {
			boolean met = !coverage.absent().contains(voice);
			return ReadinessItem.check(met, "readiness.forum.voice." + voice + (met ? ".met" : ".missing"),
					"/workspaces/" + state.workspaceId() + "/stakeholders");
		}).toList();
	}
}
