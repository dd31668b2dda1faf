package org.openasm.stakeholders;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a workspace's forum records into a {@link ForumState} and measures it. */
@Component
class ForumMeasures {

	private final ForumManagement forum;

	private final StakeholderRegister register;

	private final Consultation consultation;

	ForumMeasures(ForumManagement forum, StakeholderRegister register, Consultation consultation) {
		this.forum = forum;
		this.register = register;
		this.consultation = consultation;
	}

	@Transactional(readOnly = true)
	ForumState state(long workspaceId) {
		Forum f = forum.forum(workspaceId);
		List<ForumState.Member> stakeholders = register.stakeholders(workspaceId)
			.stream()
			.map(s -> new ForumState.Member(s.getId(), s.getCategory().getId(), s.getCategory().getCode(), s.isForumMember(),
					s.isDisputeParty(), s.isSecurityConcern(), s.getConflictNotes() != null))
			.toList();
		Map<Long, List<ForumState.Attendee>> attendees = forum.allAttendance(workspaceId)
			.stream()
			.collect(Collectors.groupingBy(a -> a.getMeeting().getId(), Collectors.mapping(a -> new ForumState.Attendee(a.getGender(),
					a.getStakeholder() == null ? null : a.getStakeholder().getCategory().getId(),
					a.getStakeholder() == null ? null : a.getStakeholder().getCategory().getCode()), Collectors.toList())));
		List<ForumState.Held> meetings = forum.meetings(workspaceId)
			.stream()
			.map(m -> new ForumState.Held(m.getId(), m.getHeldOn(), m.isMinutesPublished(), attendees.getOrDefault(m.getId(), List.of())))
			.toList();
		List<ForumState.Raised> inputs = consultation.inputs(workspaceId)
			.stream()
			.map(i -> new ForumState.Raised(i.getId(), i.getRaisedOn(), i.getRespondedOn(), i.getDecision(), i.getLinkedType() != null))
			.toList();
		return new ForumState(workspaceId, forum.today(), f.getTermsOfReference() != null, f.getFrequency(), f.getWomenTarget(),
				stakeholders, meetings, inputs);
	}

	ForumQuality quality(long workspaceId) {
		return ForumQuality.of(state(workspaceId));
	}
}
