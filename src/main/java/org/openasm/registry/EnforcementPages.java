package org.openasm.registry;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.StaleEditException;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enforcement cases (the list and one case with its actions, sanctions and closing) and the corrective actions list. */
@Controller
class EnforcementPages {

	static final int PAGE_SIZE = 30;

	private final Enforcement enforcement;

	private final Inspections inspections;

	private final InspectionLabels labels;

	private final Clock clock;

	EnforcementPages(Enforcement enforcement, Inspections inspections, InspectionLabels labels, Clock clock) {
		this.enforcement = enforcement;
		this.inspections = inspections;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping("/workspaces/{workspaceId}/registry/enforcement")
	@Access.Government
	String cases(@PathVariable long workspaceId, @RequestParam(required = false) EnforcementStatus status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Page<EnforcementCase> shown = enforcement.cases(workspaceId, status, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("cases", shown);
		model.addAttribute("status", status);
		model.addAttribute("statuses", Arrays.asList(EnforcementStatus.values()));
		model.addAttribute("licenceNumbers", labels.licenceNumbers(shown.map(EnforcementCase::getLicenceId).getContent()));
		model.addAttribute("siteNames", labels.siteNames(workspaceId));
		return "registry/enforcement";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/enforcement/{caseId}")
	@Access.Government
	String enforcementCase(@PathVariable long workspaceId, @PathVariable long caseId, Model model) {
		SanctionForm form = new SanctionForm();
		form.setToken(UUID.randomUUID().toString());
		form.setKind(SanctionKind.WARNING);
		return casePage(workspaceId, caseId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/enforcement/{caseId}/sanctions")
	@Access.Cadastre
	String sanction(@PathVariable long workspaceId, @PathVariable long caseId, @Valid @ModelAttribute("form") SanctionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> enforcement.sanction(workspaceId, caseId, form))) {
			redirect.addFlashAttribute("saved", "registry.sanction.saved");
			return "redirect:/workspaces/" + workspaceId + "/registry/enforcement/" + caseId;
		}
		return casePage(workspaceId, caseId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/enforcement/{caseId}/close")
	@Access.Cadastre
	String close(@PathVariable long workspaceId, @PathVariable long caseId, @RequestParam(required = false) String note,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			enforcement.close(workspaceId, caseId, note, version);
			redirect.addFlashAttribute("saved", "registry.case.closed");
		}
		catch (DomainRuleViolation refused) {
			redirect.addFlashAttribute("closeError", refused.messageKey());
			redirect.addFlashAttribute("closeErrorArgs", refused.args());
			redirect.addFlashAttribute("note", note);
		}
		catch (StaleEditException stale) {
			redirect.addFlashAttribute("closeError", "registry.case.stale");
			redirect.addFlashAttribute("closeErrorArgs", new Object[0]);
		}
		return "redirect:/workspaces/" + workspaceId + "/registry/enforcement/" + caseId;
	}

	@GetMapping("/workspaces/{workspaceId}/registry/actions")
	@Access.Government
	String actions(@PathVariable long workspaceId, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "1") int page, Model model) {
		Page<CorrectiveAction> shown = inspections.actions(workspaceId, overdue, open, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("actions", shown);
		model.addAttribute("overdue", overdue);
		model.addAttribute("open", open);
		model.addAttribute("today", LocalDate.now(clock));
		return "registry/actions";
	}

	private String casePage(long workspaceId, long caseId, SanctionForm form, Model model) {
		EnforcementCase c = enforcement.enforcementCase(workspaceId, caseId);
		model.addAttribute("enforcementCase", c);
		model.addAttribute("actions", enforcement.actions(workspaceId, caseId));
		model.addAttribute("sanctions", enforcement.sanctions(workspaceId, caseId));
		model.addAttribute("form", form);
		model.addAttribute("kinds", Arrays.asList(SanctionKind.values()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("licenceNumbers", labels.licenceNumbers(java.util.stream.Stream.of(c.getLicenceId()).toList()));
		model.addAttribute("siteNames", labels.siteNames(workspaceId));
		return "registry/enforcement-case";
	}
}
