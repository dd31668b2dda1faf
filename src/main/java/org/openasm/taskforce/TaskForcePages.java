package org.openasm.taskforce;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.workspace.Progress;
import org.openasm.workspace.Step;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task force pages: overview, members, agencies, mandate, resources and required agencies. */
@Controller
class TaskForcePages {

	private final TaskForceManagement taskForce;

	private final Progress progress;

	private final MessageSource messages;

	TaskForcePages(TaskForceManagement taskForce, Progress progress, MessageSource messages) {
		this.messages = messages;
		this.taskForce = taskForce;
		this.progress = progress;
	}

	@GetMapping("/workspaces/{workspaceId}/taskforce")
	@Access.Government
	String overview(@PathVariable long workspaceId, Model model, Locale locale) {
		model.addAttribute("taskForce", taskForce.taskForce(workspaceId));
		model.addAttribute("members", taskForce.members(workspaceId));
		model.addAttribute("agencies", taskForce.agencies(workspaceId));
		model.addAttribute("progress", progress.of(workspaceId, Step.TASK_FORCE, locale));
		AgencyForm agency = new AgencyForm();
		agency.setToken(UUID.randomUUID().toString());
		model.addAttribute("agencyForm", agency);
		return "taskforce/overview";
	}

	@GetMapping("/workspaces/{workspaceId}/taskforce/members/new")
	@Access.Secretariat
	String newMember(@PathVariable long workspaceId, Model model) {
		MemberForm form = new MemberForm();
		form.setToken(UUID.randomUUID().toString());
		return memberForm(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/taskforce/members/new")
	@Access.Secretariat
	String addMember(@PathVariable long workspaceId, @Valid @ModelAttribute("form") MemberForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> taskForce.addMember(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "member.saved");
			return "redirect:/workspaces/" + workspaceId + "/taskforce";
		}
		return memberForm(workspaceId, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/taskforce/members/{memberId}/edit")
	@Access.Secretariat
	String editMemberForm(@PathVariable long workspaceId, @PathVariable long memberId, Model model) {
		model.addAttribute("memberId", memberId);
		return memberForm(workspaceId, MemberForm.of(taskForce.member(workspaceId, memberId)), model);
	}

	@PostMapping("/workspaces/{workspaceId}/taskforce/members/{memberId}/edit")
	@Access.Secretariat
	String editMember(@PathVariable long workspaceId, @PathVariable long memberId, @Valid @ModelAttribute("form") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> taskForce.editMember(workspaceId, memberId, form))) {
			redirect.addFlashAttribute("saved", "member.saved");
			return "redirect:/workspaces/" + workspaceId + "/taskforce";
		}
		model.addAttribute("memberId", memberId);
		return memberForm(workspaceId, form, model);
	}

	/**
	 * With htmx the page body is swapped in place from the redirect (members, readiness and the step's
	 * status together); without it the page reloads.
	 */
	@PostMapping("/workspaces/{workspaceId}/taskforce/members/{memberId}/delete")
	@Access.Secretariat
	String removeMember(@PathVariable long workspaceId, @PathVariable long memberId) {
		taskForce.removeMember(workspaceId, memberId);
		return "redirect:/workspaces/" + workspaceId + "/taskforce";
	}

	/** Where a refused "add an agency" leaves the browser; switching language there must still work. */
	@GetMapping("/workspaces/{workspaceId}/taskforce/agencies")
	@Access.Government
	String agencies(@PathVariable long workspaceId) {
		return "redirect:/workspaces/" + workspaceId + "/taskforce#agencies";
	}

	@PostMapping("/workspaces/{workspaceId}/taskforce/agencies")
	@Access.Secretariat
	String addAgency(@PathVariable long workspaceId, @Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> taskForce.addAgency(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "agency.saved");
			return "redirect:/workspaces/" + workspaceId + "/taskforce#agencies";
		}
		model.addAttribute("taskForce", taskForce.taskForce(workspaceId));
		model.addAttribute("members", taskForce.members(workspaceId));
		model.addAttribute("agencies", taskForce.agencies(workspaceId));
		model.addAttribute("progress", progress.of(workspaceId, Step.TASK_FORCE, locale));
		return "taskforce/overview";
	}

	@PostMapping("/workspaces/{workspaceId}/taskforce/agencies/{agencyId}/delete")
	@Access.Secretariat
	String removeAgency(@PathVariable long workspaceId, @PathVariable long agencyId, RedirectAttributes redirect, Locale locale) {
		try {
			taskForce.removeAgency(workspaceId, agencyId);
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/taskforce#agencies";
	}

	@GetMapping("/workspaces/{workspaceId}/taskforce/mandate")
	@Access.Secretariat
	String mandateForm(@PathVariable long workspaceId, Model model) {
		model.addAttribute("form", MandateForm.of(taskForce.taskForce(workspaceId)));
		return "taskforce/mandate";
	}

	@PostMapping("/workspaces/{workspaceId}/taskforce/mandate")
	@Access.Secretariat
	String mandate(@PathVariable long workspaceId, @Valid @ModelAttribute("form") MandateForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> taskForce.setMandate(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "mandate.saved");
			return "redirect:/workspaces/" + workspaceId + "/taskforce";
		}
		return "taskforce/mandate";
	}

	@GetMapping("/workspaces/{workspaceId}/taskforce/resources")
	@Access.Secretariat
	String resourcesForm(@PathVariable long workspaceId, Model model) {
		model.addAttribute("form", ResourcesForm.of(taskForce.taskForce(workspaceId)));
		return "taskforce/resources";
	}

	@PostMapping("/workspaces/{workspaceId}/taskforce/resources")
	@Access.Secretariat
	String resources(@PathVariable long workspaceId, @Valid @ModelAttribute("form") ResourcesForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> taskForce.setResources(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "resources.saved");
			return "redirect:/workspaces/" + workspaceId + "/taskforce";
		}
		return "taskforce/resources";
	}

	@GetMapping("/workspaces/{workspaceId}/taskforce/requirements")
	@Access.Secretariat
	String requirementsForm(@PathVariable long workspaceId, Model model) {
		model.addAttribute("form", RequirementsForm.of(taskForce.taskForce(workspaceId)));
		model.addAttribute("kinds", AgencyKind.values());
		return "taskforce/requirements";
	}

	@PostMapping("/workspaces/{workspaceId}/taskforce/requirements")
	@Access.Secretariat
	String requirements(@PathVariable long workspaceId, @Valid @ModelAttribute("form") RequirementsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> taskForce.setRequirements(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "requirements.saved");
			return "redirect:/workspaces/" + workspaceId + "/taskforce";
		}
		model.addAttribute("kinds", AgencyKind.values());
		return "taskforce/requirements";
	}

	private String memberForm(long workspaceId, MemberForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("agencies", taskForce.agencies(workspaceId));
		model.addAttribute("roles", MemberRole.values());
		return "taskforce/member";
	}
}
