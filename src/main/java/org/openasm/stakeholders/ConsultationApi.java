package org.openasm.stakeholders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inputs and responses over HTTP: what stakeholders raised, and the answer each got with the record
 * it informed. Recording an input is repeat-safe with an Idempotency-Key; a response carries the
 * version of the input it was written on.
 */
@RestController
@Tag(name = "Forum inputs (1.2)", description = "Inputs raised by stakeholders and the responses they got")
class ConsultationApi {

	private final Consultation consultation;

	private final ForumManagement forum;

	ConsultationApi(Consultation consultation, ForumManagement forum) {
		this.consultation = consultation;
		this.forum = forum;
	}

	/** The record an input informed: page path and API path of its history; label null if it is gone. */
	record LinkedView(String type, long id, String label, String path, String api) {
	}

	record ResponseView(Decision decision, String reason, LocalDate respondedOn, LinkedView linked) {
	}

	record InputView(long id, long stakeholderId, String stakeholder, Long meetingId, LocalDate meetingHeldOn, boolean written,
			LocalDate raisedOn, String topic, String body, boolean answered, boolean overdue, ResponseView response, long version) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum/inputs")
	@Access.Government
	@Operation(summary = "The inputs, latest first; open=true lists only those still without a response")
	List<InputView> inputs(@PathVariable long workspaceId, @RequestParam(required = false) Boolean open) {
		LocalDate today = forum.today();
		return consultation.inputs(workspaceId)
			.stream()
			.filter(i -> open == null || open != i.isAnswered())
			.map(i -> view(i, consultation.linked(i), today))
			.toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/forum/inputs")
	@Access.Secretariat
	@Operation(summary = "Record an input: at a meeting (dated the meeting's day) or in writing (no meeting); "
			+ "repeat-safe with an Idempotency-Key header")
	ResponseEntity<InputView> record(@PathVariable long workspaceId, @Valid @RequestBody InputForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = consultation.record(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/forum/inputs/" + id)).body(input(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum/inputs/{inputId}")
	@Access.Government
	@Operation(summary = "One input with its response and the record it informed")
	InputView input(@PathVariable long workspaceId, @PathVariable long inputId) {
		Input input = consultation.input(workspaceId, inputId);
		return view(input, consultation.linked(input), forum.today());
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/forum/inputs/{inputId}/response")
	@Access.Secretariat
	@Operation(summary = "Answer an input (or change the answer): decision, reason, date and, if accepted, the record it informed "
			+ "(linkedType and linkedId); send the input's version you read")
	InputView respond(@PathVariable long workspaceId, @PathVariable long inputId, @Valid @RequestBody ResponseForm form) {
		consultation.respond(workspaceId, inputId, form);
		return input(workspaceId, inputId);
	}

	static InputView view(Input i, Optional<RecordLinks.Linked> linked, LocalDate today) {
		ResponseView response = null;
		if (i.isAnswered()) {
			LinkedView link = null;
			if (i.getLinkedType() != null) {
				link = linked.map(l -> new LinkedView(l.type(), l.id(), l.label(), l.historyPath(), "/api/v1" + l.historyPath()))
					.orElse(new LinkedView(i.getLinkedType(), i.getLinkedId(), null, null, null));
			}
			response = new ResponseView(i.getDecision(), i.getReason(), i.getRespondedOn(), link);
		}
		Meeting m = i.getMeeting();
		boolean overdue = !i.isAnswered() && i.getRaisedOn().isBefore(today.minusDays(InputsAnswered.DAYS_TO_ANSWER));
		return new InputView(i.getId(), i.getStakeholder().getId(), i.getStakeholder().getName(), m == null ? null : m.getId(),
				m == null ? null : m.getHeldOn(), i.isWritten(), i.getRaisedOn(), i.getTopic(), i.getBody(), i.isAnswered(), overdue,
				response, i.getVersion());
	}
}
