package org.openasm.taskforce;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task force's agencies, read-only, for other modules (e.g. the context analysis rates each
 * agency's capacity). Changes to agencies stay with {@link TaskForceManagement}.
 */
@Service
public class Agencies {

	private final AgencyRepository agencies;

	private final MemberRepository members;

	Agencies(AgencyRepository agencies, MemberRepository members) {
		this.agencies = agencies;
		this.members = members;
	}

	/** The ids of the agencies that sit on the task force: those with at least one member. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> represented(long workspaceId) {
		return java.util.Set.copyOf(members.representedAgencyIds(workspaceId));
	}

	/** The workspace's agencies by name. */
	@Transactional(readOnly = true)
	public List<AgencyInfo> of(long workspaceId) {
		return agencies.findByWorkspaceIdOrderByName(workspaceId)
			.stream()
			.map(a -> new AgencyInfo(a.getId(), a.getName(), a.getKind().name()))
			.toList();
	}
}
