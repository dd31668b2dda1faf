package org.openasm.stakeholders;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.workspace.Progress;
import org.openasm.workspace.Step;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forum pages: its terms and measured qualities, its meetings with attendance, minutes and files. */
@Controller
class ForumPages {

	private final ForumManagement forum;

	private final StakeholderRegister register;

	private final Consultation consultation;

	private final ForumMeasures measures;

	private final Progress progress;

	private final MessageSource messages;

	ForumPages(ForumManagement forum, StakeholderRegister register, Consultation consultation, ForumMeasures measures,
			Progress progress, MessageSource messages) {
		this.forum = forum;
		this.register = register;
		this.consultation = consultation;
		this.measures = measures;
		this.progress = progress;
		this.messages = messages;
	}

	@GetMapping("/workspaces/{workspaceId}/forum")
	@Access.Government
	String overview(@PathVariable long workspaceId, Model model, Locale locale) {
		ForumQuality quality = measures.quality(workspaceId);
		model.addAttribute("forum", forum.forum(workspaceId));
		model.addAttribute("quality", quality);
		model.addAttribute("absentMembers", quality.members().absent().stream()
			.map(v -> messages.getMessage("essentialVoice." + v, null, locale)).collect(Collectors.joining(", ")));
		model.addAttribute("meetings", forum.meetings(workspaceId));
		model.addAttribute("today", forum.today());
		model.addAttribute("members", register.stakeholders(workspaceId).stream().filter(Stakeholder::isForumMember).toList());
		model.addAttribute("categories", labels(workspaceId, locale));
		model.addAttribute("progress", progress.of(workspaceId, Step.STAKEHOLDER_FORUM, locale));
		return "stakeholders/forum";
	}

	@GetMapping("/workspaces/{workspaceId}/forum/settings")
	@Access.Secretariat
	String settingsForm(@PathVariable long workspaceId, Model model) {
		model.addAttribute("form", ForumForm.of(forum.forum(workspaceId)));
		model.addAttribute("frequencies", MeetingFrequency.values());
		return "stakeholders/settings";
	}

	@PostMapping("/workspaces/{workspaceId}/forum/settings")
	@Access.Secretariat
	String settings(@PathVariable long workspaceId, @Valid @ModelAttribute("form") ForumForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> forum.setForum(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "forum.saved");
			return "redirect:/workspaces/" + workspaceId + "/forum";
		}
		model.addAttribute("frequencies", MeetingFrequency.values());
		return "stakeholders/settings";
	}

	@GetMapping("/workspaces/{workspaceId}/forum/meetings/new")
	@Access.Secretariat
	String newMeeting(@PathVariable long workspaceId, Model model) {
		MeetingForm form = new MeetingForm();
		form.setToken(UUID.randomUUID().toString());
		form.setHeldOn(forum.today());
		model.addAttribute("form", form);
		return "stakeholders/meeting-form";
	}

	@PostMapping("/workspaces/{workspaceId}/forum/meetings/new")
	@Access.Secretariat
	String addMeeting(@PathVariable long workspaceId, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = forum.addMeeting(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "meeting.saved");
			return "redirect:/workspaces/" + workspaceId + "/forum/meetings/" + id[0];
		}
		return "stakeholders/meeting-form";
	}

	@GetMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}")
	@Access.Government
	String meeting(@PathVariable long workspaceId, @PathVariable long meetingId, Model model, Locale locale) {
		Meeting meeting = forum.meeting(workspaceId, meetingId);
		ForumQuality.MeetingMeasure measure = measures.quality(workspaceId).of(meetingId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("measure", measure);
		model.addAttribute("womenTarget", forum.forum(workspaceId).getWomenTarget());
		model.addAttribute("absent", measure == null ? "" : measure.absent().stream()
			.map(v -> messages.getMessage("essentialVoice." + v, null, locale)).collect(Collectors.joining(", ")));
		model.addAttribute("present", measure == null ? "" : measure.coverage().represented().stream()
			.map(labels(workspaceId, locale)::get).collect(Collectors.joining(", ")));
		model.addAttribute("held", !meeting.getHeldOn().isAfter(forum.today()));
		model.addAttribute("attendance", forum.attendance(workspaceId, meetingId));
		model.addAttribute("documents", forum.documents(workspaceId, meetingId));
		model.addAttribute("inputs", consultation.inputsAt(meeting));
		model.addAttribute("stakeholders", register.stakeholders(workspaceId));
		if (!model.containsAttribute("attendanceForm")) {
			AttendanceForm attendee = new AttendanceForm();
			attendee.setToken(UUID.randomUUID().toString());
			model.addAttribute("attendanceForm", attendee);
		}
		return "stakeholders/meeting";
	}

	@GetMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/edit")
	@Access.Secretariat
	String editMeetingForm(@PathVariable long workspaceId, @PathVariable long meetingId, Model model) {
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("form", MeetingForm.of(forum.meeting(workspaceId, meetingId)));
		return "stakeholders/meeting-form";
	}

	@PostMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/edit")
	@Access.Secretariat
	String editMeeting(@PathVariable long workspaceId, @PathVariable long meetingId, @Valid @ModelAttribute("form") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> forum.editMeeting(workspaceId, meetingId, form))) {
			redirect.addFlashAttribute("saved", "meeting.saved");
			return "redirect:/workspaces/" + workspaceId + "/forum/meetings/" + meetingId;
		}
		model.addAttribute("meetingId", meetingId);
		return "stakeholders/meeting-form";
	}

	@PostMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/delete")
	@Access.Secretariat
	String removeMeeting(@PathVariable long workspaceId, @PathVariable long meetingId, RedirectAttributes redirect, Locale locale) {
		return refusable(redirect, locale, "/workspaces/" + workspaceId + "/forum", "/workspaces/" + workspaceId + "/forum/meetings/" + meetingId,
				"meeting.removed", () -> forum.removeMeeting(workspaceId, meetingId));
	}

	@PostMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/publish")
	@Access.Secretariat
	String publish(@PathVariable long workspaceId, @PathVariable long meetingId, RedirectAttributes redirect, Locale locale) {
		String back = "/workspaces/" + workspaceId + "/forum/meetings/" + meetingId;
		return refusable(redirect, locale, back, back, "meeting.published", () -> forum.publishMinutes(workspaceId, meetingId));
	}

	@PostMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/attendance")
	@Access.Secretariat
	String addAttendee(@PathVariable long workspaceId, @PathVariable long meetingId,
			@Valid @ModelAttribute("attendanceForm") AttendanceForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> forum.addAttendee(workspaceId, meetingId, form))) {
			redirect.addFlashAttribute("saved", "attendance.saved");
			return "redirect:/workspaces/" + workspaceId + "/forum/meetings/" + meetingId + "#attendance";
		}
		return meeting(workspaceId, meetingId, model, locale);
	}

	/** Where a refused attendee or import leaves the browser; switching language there must still work. */
	@GetMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/attendance")
	@Access.Government
	String attendance(@PathVariable long workspaceId, @PathVariable long meetingId) {
		return "redirect:/workspaces/" + workspaceId + "/forum/meetings/" + meetingId + "#attendance";
	}

	@PostMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/attendance/import")
	@Access.Secretariat
	String importAttendance(@PathVariable long workspaceId, @PathVariable long meetingId, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		String back = "redirect:/workspaces/" + workspaceId + "/forum/meetings/" + meetingId + "#attendance";
		try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			int count = forum.importAttendance(workspaceId, meetingId, reader);
			redirect.addFlashAttribute("savedText", messages.getMessage("attendance.imported", new Object[] { count }, locale));
		}
		catch (ImportRejected ex) {
			redirect.addFlashAttribute("importErrors", ex.describe(messages, locale));
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return back;
	}

	@PostMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/attendance/{attendanceId}/delete")
	@Access.Secretariat
	String removeAttendee(@PathVariable long workspaceId, @PathVariable long meetingId, @PathVariable long attendanceId) {
		forum.removeAttendee(workspaceId, meetingId, attendanceId);
		return "redirect:/workspaces/" + workspaceId + "/forum/meetings/" + meetingId + "#attendance";
	}

	@PostMapping("/workspaces/{workspaceId}/forum/meetings/{meetingId}/documents")
	@Access.Secretariat
	String attach(@PathVariable long workspaceId, @PathVariable long meetingId, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		String back = "/workspaces/" + workspaceId + "/forum/meetings/" + meetingId;
		byte[] content = file.getBytes();
		return refusable(redirect, locale, back + "#documents", back + "#documents", "document.attached",
				() -> forum.attach(workspaceId, meetingId, file.getOriginalFilename(), content));
	}

	@GetMapping("/workspaces/{workspaceId}/forum/documents/{documentId}")
	@Access.Government
	ResponseEntity<byte[]> download(@PathVariable long workspaceId, @PathVariable long documentId) {
		return MeetingFiles.download(forum.document(workspaceId, documentId));
	}

	@PostMapping("/workspaces/{workspaceId}/forum/documents/{documentId}/delete")
	@Access.Secretariat
	String removeDocument(@PathVariable long workspaceId, @PathVariable long documentId) {
		long meetingId = forum.document(workspaceId, documentId).getMeeting().getId();
		forum.removeDocument(workspaceId, documentId);
		return "redirect:/workspaces/" + workspaceId + "/forum/meetings/" + meetingId + "#documents";
	}

	private String refusable(RedirectAttributes redirect, Locale locale, String onSuccess, String onRefusal, String savedKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", savedKey);
			return "redirect:" + onSuccess;
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
			return "redirect:" + onRefusal;
		}
	}

	private Map<Long, String> labels(long workspaceId, Locale locale) {
		return register.categories(workspaceId).stream().collect(Collectors.toMap(Category::getId, c -> register.label(c, locale)));
	}
}
