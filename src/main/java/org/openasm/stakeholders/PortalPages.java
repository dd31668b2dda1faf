package org.openasm.stakeholders;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stakeholder portal: a stakeholder user sees the forum's meetings, reads published minutes and
 * their files, sends written inputs and reads the responses to their own. Nothing else of the
 * workspace is shown to them.
 */
@Controller
class PortalPages {

	private final StakeholderRegister register;

	private final ForumManagement forum;

	private final Consultation consultation;

	PortalPages(StakeholderRegister register, ForumManagement forum, Consultation consultation) {
		this.register = register;
		this.forum = forum;
		this.consultation = consultation;
	}

	@GetMapping("/workspaces/{workspaceId}/portal")
	@Access.Stakeholder
	String portal(@PathVariable long workspaceId, Model model) {
		WrittenInputForm form = new WrittenInputForm();
		form.setToken(UUID.randomUUID().toString());
		return portal(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/portal")
	@Access.Stakeholder
	String submit(@PathVariable long workspaceId, @Valid @ModelAttribute("form") WrittenInputForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> consultation.submit(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "portal.submitted");
			return "redirect:/workspaces/" + workspaceId + "/portal#inputs";
		}
		return portal(workspaceId, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/portal/meetings/{meetingId}")
	@Access.Stakeholder
	String meeting(@PathVariable long workspaceId, @PathVariable long meetingId, Model model) {
		Meeting meeting = forum.meeting(workspaceId, meetingId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("documents", meeting.isMinutesPublished() ? forum.documents(workspaceId, meetingId) : List.of());
		return "stakeholders/portal-meeting";
	}

	/** Files of a meeting whose minutes are published; others do not exist for the portal. */
	@GetMapping("/workspaces/{workspaceId}/portal/documents/{documentId}")
	@Access.Stakeholder
	ResponseEntity<byte[]> download(@PathVariable long workspaceId, @PathVariable long documentId) {
		return MeetingFiles.download(forum.publishedDocument(workspaceId, documentId));
	}

	private String portal(long workspaceId, WrittenInputForm form, Model model) {
		Optional<Stakeholder> self = register.ofCurrentUser(workspaceId);
		model.addAttribute("self", self.orElse(null));
		model.addAttribute("meetings", forum.meetings(workspaceId));
		model.addAttribute("inputs", self.map(consultation::inputsOf).orElse(List.of()));
		model.addAttribute("form", form);
		return "stakeholders/portal";
	}
}
