package org.openasm.stakeholders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.web.Access;
import org.openasm.stakeholders.StandardCategory.EssentialVoice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forum over HTTP: its terms and members, how it measures up, its meetings with attendance and
 * documents. Creates are repeat-safe with an Idempotency-Key; edits carry the version they were made on.
 */
@RestController
@Tag(name = "Stakeholder forum (1.2)", description = "Terms, members, quality measures, meetings, attendance and documents")
class ForumApi {

	private final ForumManagement forum;

	private final StakeholderRegister register;

	private final ForumMeasures measures;

	ForumApi(ForumManagement forum, StakeholderRegister register, ForumMeasures measures) {
		this.forum = forum;
		this.register = register;
		this.measures = measures;
	}

	record MemberView(long id, String name, long categoryId, StandardCategory categoryCode, String category) {
	}

	record ForumView(String name, String termsOfReference, MeetingFrequency frequency, String chair, int womenTarget, long version,
			List<MemberView> members) {
	}

	record CategoryRef(long id, String label) {
	}

	record Inclusive(int membersCategories, List<CategoryRef> categories, Set<EssentialVoice> absent) {
	}

	record Transparent(int published, int held, int percent) {
	}

	record GenderBalanced(int women, int attendees, int percent, int target, boolean met) {
	}

	record ConflictSensitive(int flagged, int disputePartiesInForum, int disputeParties, int flaggedWithoutNotes) {
	}

	record GapView(LocalDate from, LocalDate to, LocalDate due, boolean open) {
	}

	record Regular(MeetingFrequency frequency, List<GapView> gaps) {
	}

	record InformsPolicy(int answered, int inputs, int percentAnswered, BigDecimal medianDaysToAnswer, int changedSomething,
			int percentChanged) {
	}

	/** One held meeting's own figures. */
	record MeetingMeasures(long meetingId, LocalDate heldOn, int women, int attendees, int percentWomen, List<CategoryRef> categories,
			Set<EssentialVoice> absent, boolean minutesPublished) {
	}

	record QualityView(Inclusive inclusive, Transparent transparent, GenderBalanced genderBalanced, ConflictSensitive conflictSensitive,
			Regular regular, InformsPolicy informsPolicy, List<MeetingMeasures> meetings) {
	}

	record MeetingSummary(long id, LocalDate heldOn, String place, String agenda, boolean held, boolean minutesPublished,
			LocalDate minutesPublishedOn, long version) {
	}

	record AttendanceView(long id, String personName, Long stakeholderId, String stakeholder, Gender gender) {
	}

	record DocumentView(long id, long meetingId, String fileName, String contentType, long sizeBytes, String sha256, String download) {
	}

	record MeetingView(long id, LocalDate heldOn, String place, String agenda, String minutes, boolean held, boolean minutesPublished,
			LocalDate minutesPublishedOn, long version, List<AttendanceView> attendance, List<DocumentView> documents,
			MeetingMeasures measures) {
	}

	record Imported(int imported) {
	}

	// The forum itself

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum")
	@Access.Government
	@Operation(summary = "The forum's terms, rhythm, chair, women's attendance target, version and member stakeholders")
	ForumView get(@PathVariable long workspaceId, Locale locale) {
		Forum f = forum.forum(workspaceId);
		List<MemberView> members = register.stakeholders(workspaceId)
			.stream()
			.filter(Stakeholder::isForumMember)
			.map(s -> new MemberView(s.getId(), s.getName(), s.getCategory().getId(), s.getCategory().getCode(),
					register.label(s.getCategory(), locale)))
			.toList();
		return new ForumView(f.getName(), f.getTermsOfReference(), f.getFrequency(), f.getChair(), f.getWomenTarget(), f.getVersion(),
				members);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/forum")
	@Access.Secretariat
	@Operation(summary = "Set the forum's terms, rhythm, chair and women's attendance target; send the version you read")
	ForumView set(@PathVariable long workspaceId, @Valid @RequestBody ForumForm form, Locale locale) {
		forum.setForum(workspaceId, form);
		return get(workspaceId, locale);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum/quality")
	@Access.Government
	@Operation(summary = "The six qualities of the forum, measured from its records, and each held meeting's own figures")
	QualityView quality(@PathVariable long workspaceId, Locale locale) {
		ForumQuality q = measures.quality(workspaceId);
		Map<Long, String> labels = labels(workspaceId, locale);
		Map<Long, LocalDate> heldOn = forum.meetings(workspaceId).stream().collect(Collectors.toMap(Meeting::getId, Meeting::getHeldOn));
		Share women = q.womenLastYear();
		ConflictSensitivity c = q.conflict();
		Responsiveness r = q.responsiveness();
		return new QualityView(
				new Inclusive(q.members().represented().size(), refs(q.members().represented(), labels), q.members().absent()),
				new Transparent(q.minutesPublished().part(), q.minutesPublished().whole(), q.minutesPublished().percent()),
				new GenderBalanced(women.part(), women.whole(), women.percent(), q.womenTarget(), women.atLeast(q.womenTarget())),
				new ConflictSensitive(c.flagged(), c.disputePartiesInForum().part(), c.disputePartiesInForum().whole(),
						c.flaggedWithoutNotes()),
				new Regular(q.frequency(), q.gapsLastYear().stream().map(g -> new GapView(g.from(), g.to(), g.due(), g.open())).toList()),
				new InformsPolicy(r.answered().part(), r.answered().whole(), r.answered().percent(), r.medianDays(),
						r.changedSomething().part(), r.changedSomething().percent()),
				q.meetings().stream().map(m -> measures(m, heldOn.get(m.meetingId()), labels)).toList());
	}

	// Meetings

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum/meetings")
	@Access.Government
	@Operation(summary = "The forum's meetings, latest first, planned ones included")
	List<MeetingSummary> meetings(@PathVariable long workspaceId) {
		LocalDate today = forum.today();
		return forum.meetings(workspaceId)
			.stream()
			.map(m -> new MeetingSummary(m.getId(), m.getHeldOn(), m.getPlace(), m.getAgenda(), !m.getHeldOn().isAfter(today),
					m.isMinutesPublished(), m.getMinutesPublishedOn(), m.getVersion()))
			.toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/forum/meetings")
	@Access.Secretariat
	@Operation(summary = "Record a meeting, held or planned; repeat-safe with an Idempotency-Key header")
	ResponseEntity<MeetingView> addMeeting(@PathVariable long workspaceId, @Valid @RequestBody MeetingForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			Locale locale) {
		form.setToken(key);
		long id = forum.addMeeting(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/forum/meetings/" + id))
			.body(meeting(workspaceId, id, locale));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}")
	@Access.Government
	@Operation(summary = "One meeting with its attendance, documents (metadata) and, once held, its own measures")
	MeetingView meeting(@PathVariable long workspaceId, @PathVariable long meetingId, Locale locale) {
		Meeting m = forum.meeting(workspaceId, meetingId);
		List<AttendanceView> attendance = forum.attendance(workspaceId, meetingId).stream().map(ForumApi::attendee).toList();
		List<DocumentView> documents = forum.documents(workspaceId, meetingId)
			.stream()
			.map(d -> document(workspaceId, meetingId, d))
			.toList();
		ForumQuality.MeetingMeasure own = measures.quality(workspaceId).of(meetingId);
		MeetingMeasures figures = own == null ? null : measures(own, m.getHeldOn(), labels(workspaceId, locale));
		return new MeetingView(m.getId(), m.getHeldOn(), m.getPlace(), m.getAgenda(), m.getMinutes(),
				!m.getHeldOn().isAfter(forum.today()), m.isMinutesPublished(), m.getMinutesPublishedOn(), m.getVersion(), attendance,
				documents, figures);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}")
	@Access.Secretariat
	@Operation(summary = "Change a meeting (date, place, agenda, minutes); send the version you read")
	MeetingView editMeeting(@PathVariable long workspaceId, @PathVariable long meetingId, @Valid @RequestBody MeetingForm form,
			Locale locale) {
		forum.editMeeting(workspaceId, meetingId, form);
		return meeting(workspaceId, meetingId, locale);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}")
	@Access.Secretariat
	@Operation(summary = "Remove a meeting that has no attendance, inputs or documents")
	ResponseEntity<Void> removeMeeting(@PathVariable long workspaceId, @PathVariable long meetingId) {
		forum.removeMeeting(workspaceId, meetingId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}/publish")
	@Access.Secretariat
	@Operation(summary = "Publish the minutes of a held meeting to the forum's stakeholders; they stay published")
	MeetingView publish(@PathVariable long workspaceId, @PathVariable long meetingId, Locale locale) {
		forum.publishMinutes(workspaceId, meetingId);
		return meeting(workspaceId, meetingId, locale);
	}

	// Attendance

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}/attendance")
	@Access.Government
	@Operation(summary = "Who attended a meeting, by name")
	List<AttendanceView> attendance(@PathVariable long workspaceId, @PathVariable long meetingId) {
		return forum.attendance(workspaceId, meetingId).stream().map(ForumApi::attendee).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}/attendance")
	@Access.Secretariat
	@Operation(summary = "Add an attendee to a held meeting; repeat-safe with an Idempotency-Key header")
	ResponseEntity<AttendanceView> addAttendee(@PathVariable long workspaceId, @PathVariable long meetingId,
			@Valid @RequestBody AttendanceForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = forum.addAttendee(workspaceId, meetingId, form);
		AttendanceView view = attendance(workspaceId, meetingId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
		return ResponseEntity
			.created(URI.create("/api/v1/workspaces/" + workspaceId + "/forum/meetings/" + meetingId + "/attendance/" + id))
			.body(view);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}/attendance/{attendanceId}")
	@Access.Secretariat
	@Operation(summary = "Remove an attendee from a meeting's list")
	ResponseEntity<Void> removeAttendee(@PathVariable long workspaceId, @PathVariable long meetingId, @PathVariable long attendanceId) {
		forum.removeAttendee(workspaceId, meetingId, attendanceId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The body is the CSV file itself (UTF-8 unless the Content-Type names another charset). No
	 * {@code consumes} on the mapping: a caller without the role must get 403 whatever they send.
	 */
	@PostMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}/attendance/import")
	@Access.Secretariat
	@Operation(summary = "Import an attendance list as text/csv (columns name, stakeholder, gender or nom, partie prenante, genre; "
			+ "comma or semicolon); all rows or none: a wrong file gets 422 listing every wrong row as rows[N].column",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
	Imported importAttendance(@PathVariable long workspaceId, @PathVariable long meetingId, @RequestBody byte[] csv,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
		return new Imported(forum.importAttendance(workspaceId, meetingId, new StringReader(new String(csv, charset(contentType)))));
	}

	// Documents

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}/documents")
	@Access.Government
	@Operation(summary = "The files attached to a meeting (metadata; download each from its download path)")
	List<DocumentView> documents(@PathVariable long workspaceId, @PathVariable long meetingId) {
		return forum.documents(workspaceId, meetingId).stream().map(d -> document(workspaceId, meetingId, d)).toList();
	}

	/** No {@code consumes} on the mapping, for the same reason as the import. */
	@PostMapping("/api/v1/workspaces/{workspaceId}/forum/meetings/{meetingId}/documents")
	@Access.Secretariat
	@Operation(summary = "Attach a file (multipart field 'file'): PDF, DOCX, PNG or JPEG up to 10 MB, recognised by its bytes; "
			+ "the same file attached twice is kept once")
	ResponseEntity<DocumentView> attach(@PathVariable long workspaceId, @PathVariable long meetingId,
			@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null) {
			throw new DomainRuleViolation("file", "document.empty");
		}
		long id = forum.attach(workspaceId, meetingId, file.getOriginalFilename(), file.getBytes());
		DocumentView view = documents(workspaceId, meetingId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create(view.download())).body(view);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/forum/documents/{documentId}")
	@Access.Government
	@Operation(summary = "Download an attached file, as an attachment with the type it was stored with")
	ResponseEntity<byte[]> download(@PathVariable long workspaceId, @PathVariable long documentId) {
		return MeetingFiles.download(forum.document(workspaceId, documentId));
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/forum/documents/{documentId}")
	@Access.Secretariat
	@Operation(summary = "Remove an attached file")
	ResponseEntity<Void> removeDocument(@PathVariable long workspaceId, @PathVariable long documentId) {
		forum.removeDocument(workspaceId, documentId);
		return ResponseEntity.noContent().build();
	}

	// Shared with the portal

	static DocumentView document(long workspaceId, long meetingId, MeetingDocument d) {
		return new DocumentView(d.getId(), meetingId, d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getSha256(),
				"/api/v1/workspaces/" + workspaceId + "/forum/documents/" + d.getId());
	}

	private static AttendanceView attendee(Attendance a) {
		Stakeholder s = a.getStakeholder();
		return new AttendanceView(a.getId(), a.getPersonName(), s == null ? null : s.getId(), s == null ? null : s.getName(),
				a.getGender());
	}

	private static MeetingMeasures measures(ForumQuality.MeetingMeasure m, LocalDate heldOn, Map<Long, String> labels) {
		return new MeetingMeasures(m.meetingId(), heldOn, m.women().part(), m.women().whole(), m.women().percent(),
				refs(m.coverage().represented(), labels), m.absent(), m.minutesPublished());
	}

	private Map<Long, String> labels(long workspaceId, Locale locale) {
		return register.categories(workspaceId)
			.stream()
			.collect(Collectors.toMap(Category::getId, c -> register.label(c, locale), (a, b) -> a));
	}

	private static List<CategoryRef> refs(Collection<Long> ids, Map<Long, String> labels) {
		return ids.stream().map(id -> new CategoryRef(id, labels.get(id))).toList();
	}

	private static Charset charset(String contentType) {
		try {
			Charset given = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
			return given == null ? StandardCharsets.UTF_8 : given;
		}
		catch (RuntimeException ex) {
			return StandardCharsets.UTF_8;
		}
	}
}
