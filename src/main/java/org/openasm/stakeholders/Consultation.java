package org.openasm.stakeholders;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.shared.audit.RecordLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inputs and responses: what stakeholders raise (at a meeting, or in writing through the secretariat
 * or the portal), and the answer each gets, linked to the record it informed.
 */
@Service
public class Consultation {

	private final InputRepository inputs;

	private final StakeholderRegister register;

	private final ForumManagement forum;

	private final RecordLinks links;

	private final SubmissionGuard guard;

	Consultation(InputRepository inputs, StakeholderRegister register, ForumManagement forum, RecordLinks links, SubmissionGuard guard) {
		this.inputs = inputs;
		this.register = register;
		this.forum = forum;
		this.links = links;
		this.guard = guard;
	}

	@Transactional(readOnly = true)
	List<Input> inputs(long workspaceId) {
		return inputs.findByWorkspaceIdOrderByRaisedOnDescIdDesc(workspaceId);
	}

	@Transactional(readOnly = true)
	List<Input> inputsOf(Stakeholder stakeholder) {
		return inputs.findByStakeholderOrderByRaisedOnDescIdDesc(stakeholder);
	}

	@Transactional(readOnly = true)
	List<Input> inputsAt(Meeting meeting) {
		return inputs.findByMeetingOrderByRaisedOn(meeting);
	}

	@Transactional(readOnly = true)
	Input input(long workspaceId, long inputId) {
		return inputs.findByIdAndWorkspaceId(inputId, workspaceId).orElseThrow(() -> new RecordNotFoundException("Input", inputId));
	}

	/** The record an answered input informed, as a reader sees it; empty when none is linked or it is gone. */
	Optional<RecordLinks.Linked> linked(Input input) {
		return input.getLinkedType() == null ? Optional.empty()
				: links.find(input.getWorkspaceId(), input.getLinkedType(), input.getLinkedId());
	}

	@Transactional
	long record(long workspaceId, InputForm form) {
		return Long.parseLong(guard.once(form.getToken(), "input:" + workspaceId, Arrays.asList(form.getStakeholderId(),
				form.getMeetingId(), form.getRaisedOn(), form.getTopic(), form.getBody()), () -> {
			Stakeholder stakeholder;
			try {
				stakeholder = register.stakeholder(workspaceId, form.getStakeholderId());
			}
			catch (RecordNotFoundException ex) {
				throw new DomainRuleViolation("stakeholderId", "input.stakeholder.unknown", String.valueOf(form.getStakeholderId()));
			}
			Meeting meeting = null;
			LocalDate raisedOn = form.getRaisedOn();
			if (form.getMeetingId() != null) {
				try {
					meeting = forum.meeting(workspaceId, form.getMeetingId());
				}
				catch (RecordNotFoundException ex) {
					throw new DomainRuleViolation("meetingId", "input.meeting.unknown", String.valueOf(form.getMeetingId()));
				}
				if (!raisedOn.equals(meeting.getHeldOn())) {
					throw new DomainRuleViolation("raisedOn", "input.raisedOn.meeting", meeting.getHeldOn().toString());
				}
			}
			if (raisedOn.isAfter(forum.today())) {
				throw new DomainRuleViolation("raisedOn", "input.raisedOn.future");
			}
			if (raisedOn.isBefore(ForumManagement.EARLIEST)) {
				throw new DomainRuleViolation("raisedOn", "input.raisedOn.early", ForumManagement.EARLIEST.toString());
			}
			return inputs.save(new Input(stakeholder, meeting, raisedOn, form.getTopic(), form.getBody())).getId().toString();
		}));
	}

	/** A stakeholder user's written input, raised today in the name of the stakeholder they speak for. */
	@Transactional
	long submit(long workspaceId, WrittenInputForm form) {
		Stakeholder stakeholder = register.ofCurrentUser(workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("stakeholderId", "portal.notLinked"));
		return Long.parseLong(guard.once(form.getToken(), "written-input:" + stakeholder.getId(),
				Arrays.asList(form.getTopic(), form.getBody()),
				() -> inputs.save(new Input(stakeholder, null, forum.today(), form.getTopic(), form.getBody())).getId().toString()));
	}

	@Transactional
	void respond(long workspaceId, long inputId, ResponseForm form) {
		Input input = input(workspaceId, inputId);
		input.checkVersion(form.getVersion());
		if (form.getRespondedOn().isBefore(input.getRaisedOn())) {
			throw new DomainRuleViolation("respondedOn", "response.respondedOn.early", input.getRaisedOn().toString());
		}
		if (form.getRespondedOn().isAfter(forum.today())) {
			throw new DomainRuleViolation("respondedOn", "response.respondedOn.future");
		}
		String type = Stakeholder.blankToNull(form.getLinkedType());
		Long id = form.getLinkedId();
		if ((type == null) != (id == null)) {
			throw new DomainRuleViolation(type == null ? "linkedType" : "linkedId", "response.link.incomplete");
		}
		if (type != null) {
			RecordLinks.Linked linked = links.find(workspaceId, type, id)
				.orElseThrow(() -> new DomainRuleViolation("linkedId", "response.link.unknown", form.getLinkedType(), String.valueOf(id)));
			type = linked.type();
		}
		if (form.getDecision() == Decision.NOT_ACCEPTED && type != null) {
			throw new DomainRuleViolation("linkedType", "response.link.notAccepted");
		}
		input.respond(form.getDecision(), form.getReason(), form.getRespondedOn(), type, id);
		inputs.flush();
	}

	/** Record types an input can be linked to, for the response form. */
	List<String> linkableTypes() {
		return links.types().stream().sorted().toList();
	}
}
