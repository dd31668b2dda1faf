package org.openasm.stakeholders;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inputs and responses: the list (all or unanswered), recording an input, and answering it. */
@Controller
class InputPages {

	private final Consultation consultation;

	private final ForumManagement forum;

	private final StakeholderRegister register;

	private final ForumMeasures measures;

	InputPages(Consultation consultation, ForumManagement forum, StakeholderRegister register, ForumMeasures measures) {
		this.consultation = consultation;
		this.forum = forum;
		this.register = register;
		this.measures = measures;
	}

	@GetMapping("/workspaces/{workspaceId}/forum/inputs")
	@Access.Government
	String list(@PathVariable long workspaceId, @RequestParam(defaultValue = "false") boolean open, Model model) {
		List<Input> all = consultation.inputs(workspaceId);
		model.addAttribute("inputs", open ? all.stream().filter(i -> !i.isAnswered()).toList() : all);
		model.addAttribute("open", open);
		model.addAttribute("overdueBefore", forum.today().minusDays(InputsAnswered.DAYS_TO_ANSWER));
		model.addAttribute("responsiveness", measures.quality(workspaceId).responsiveness());
		return "stakeholders/inputs";
	}

	@GetMapping("/workspaces/{workspaceId}/forum/inputs/new")
	@Access.Secretariat
	String newInput(@PathVariable long workspaceId, @RequestParam(required = false) Long meetingId, Model model) {
		InputForm form = new InputForm();
		form.setToken(UUID.randomUUID().toString());
		form.setMeetingId(meetingId);
		form.setRaisedOn(meetingId == null ? forum.today() : forum.meeting(workspaceId, meetingId).getHeldOn());
		return inputForm(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/forum/inputs/new")
	@Access.Secretariat
	String record(@PathVariable long workspaceId, @Valid @ModelAttribute("form") InputForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = consultation.record(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "input.saved");
			return "redirect:/workspaces/" + workspaceId + "/forum/inputs/" + id[0];
		}
		return inputForm(workspaceId, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/forum/inputs/{inputId}")
	@Access.Government
	String detail(@PathVariable long workspaceId, @PathVariable long inputId, Model model) {
		Input input = consultation.input(workspaceId, inputId);
		ResponseForm form = ResponseForm.of(input);
		if (form.getRespondedOn() == null) {
			form.setRespondedOn(forum.today());
		}
		return detail(workspaceId, input, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/forum/inputs/{inputId}")
	@Access.Secretariat
	String respond(@PathVariable long workspaceId, @PathVariable long inputId, @Valid @ModelAttribute("form") ResponseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> consultation.respond(workspaceId, inputId, form))) {
			redirect.addFlashAttribute("saved", "response.saved");
			return "redirect:/workspaces/" + workspaceId + "/forum/inputs/" + inputId;
		}
		return detail(workspaceId, consultation.input(workspaceId, inputId), form, model);
	}

	private String detail(long workspaceId, Input input, ResponseForm form, Model model) {
		model.addAttribute("input", input);
		model.addAttribute("linked", consultation.linked(input).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("linkTypes", consultation.linkableTypes());
		return "stakeholders/input";
	}

	private String inputForm(long workspaceId, InputForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("stakeholders", register.stakeholders(workspaceId));
		model.addAttribute("meetings", forum.meetings(workspaceId).stream().filter(m -> !m.getHeldOn().isAfter(forum.today())).toList());
		return "stakeholders/input-form";
	}
}
