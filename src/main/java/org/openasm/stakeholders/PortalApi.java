package org.openasm.stakeholders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forum as a stakeholder sees it: its meetings, the minutes and files once published, and the
 * caller's own inputs with their responses, never another stakeholder's. The workspace's
 * administrators and secretariat may call it too, to see what stakeholders see.
 */
@RestController
@Tag(name = "Stakeholder portal (1.2)", description = "What a stakeholder user sees of the forum, and their written inputs")
class PortalApi {

	private final StakeholderRegister register;

	private final ForumManagement forum;

	private final Consultation consultation;

	PortalApi(StakeholderRegister register, ForumManagement forum, Consultation consultation) {
		this.register = register;
		this.forum = forum;
		this.consultation = consultation;
	}

	record SpeaksFor(long id, String name, String category) {
	}

	record PortalDocument(long id, String fileName, String contentType, long sizeBytes, String download) {
	}

	/** A meeting; minutes and files only once the minutes are published. */
	record PortalMeeting(long id, LocalDate heldOn, String place, String agenda, boolean held, boolean minutesPublished,
			LocalDate minutesPublishedOn, String minutes, List<PortalDocument> documents) {
	}

	/** The record a response says the input informed: its kind and name, not its internal history. */
	record PortalLink(String type, String label) {
	}

	record PortalResponse(Decision decision, String reason, LocalDate respondedOn, PortalLink informed) {
	}

	record PortalInput(long id, LocalDate raisedOn, boolean written, LocalDate meetingHeldOn, String topic, String body,
			PortalResponse response) {
	}

	record PortalView(SpeaksFor speaksFor, String forum, List<PortalMeeting> meetings, List<PortalInput> inputs) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/portal")
	@Access.Stakeholder
	@Operation(summary = "The stakeholder the caller speaks for (null if none), the forum's meetings with published minutes and files, "
			+ "and the caller's own inputs with their responses")
	PortalView portal(@PathVariable long workspaceId, Locale locale) {
		Optional<Stakeholder> me = register.ofCurrentUser(workspaceId);
		LocalDate today = forum.today();
		List<PortalMeeting> meetings = forum.meetings(workspaceId).stream().map(m -> {
			boolean published = m.isMinutesPublished();
			List<PortalDocument> documents = !published ? List.of()
					: forum.documents(workspaceId, m.getId())
						.stream()
						.map(d -> new PortalDocument(d.getId(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
								"/api/v1/workspaces/" + workspaceId + "/portal/documents/" + d.getId()))
						.toList();
			return new PortalMeeting(m.getId(), m.getHeldOn(), m.getPlace(), m.getAgenda(), !m.getHeldOn().isAfter(today), published,
					m.getMinutesPublishedOn(), published ? m.getMinutes() : null, documents);
		}).toList();
		List<PortalInput> inputs = me.map(s -> consultation.inputsOf(s).stream().map(this::input).toList()).orElse(List.of());
		return new PortalView(me.map(s -> new SpeaksFor(s.getId(), s.getName(), register.label(s.getCategory(), locale))).orElse(null),
				forum.forum(workspaceId).getName(), meetings, inputs);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/portal/inputs")
	@Access.Stakeholder
	@Operation(summary = "Send a written input in the name of the stakeholder the caller speaks for, dated today; "
			+ "repeat-safe with an Idempotency-Key header")
	ResponseEntity<PortalInput> submit(@PathVariable long workspaceId, @Valid @RequestBody WrittenInputForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = consultation.submit(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/portal")).body(input(consultation.input(workspaceId, id)));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/portal/documents/{documentId}")
	@Access.Stakeholder
	@Operation(summary = "Download a file of a meeting whose minutes are published; any other is not found")
	ResponseEntity<byte[]> download(@PathVariable long workspaceId, @PathVariable long documentId) {
		return MeetingFiles.download(forum.publishedDocument(workspaceId, documentId));
	}

	private PortalInput input(Input i) {
		PortalResponse response = null;
		if (i.isAnswered()) {
			Optional<RecordLinks.Linked> linked = consultation.linked(i);
			response = new PortalResponse(i.getDecision(), i.getReason(), i.getRespondedOn(),
					linked.map(l -> new PortalLink(l.type(), l.label())).orElse(null));
		}
		return new PortalInput(i.getId(), i.getRaisedOn(), i.isWritten(), i.getMeeting() == null ? null : i.getMeeting().getHeldOn(),
				i.getTopic(), i.getBody(), response);
	}
}
