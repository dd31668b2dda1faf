package org.openasm.strategy;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coherence report of step 2.4 (every finding with the page where to fix it, and the border
 * distance the transboundary rule uses) and the help page listing the rules with their severities.
 */
@Controller
class CoherencePages {

	private final CoherenceCheck check;

	private final CoherenceSettings settings;

	private final MessageSource messages;

	CoherencePages(CoherenceCheck check, CoherenceSettings settings, MessageSource messages) {
		this.check = check;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/coherence")
	@Access.WorkspaceMember
	String report(@PathVariable long workspaceId, Model model, Locale locale) {
		BorderDistanceForm form = new BorderDistanceForm();
		form.setBorderDistanceKm(settings.borderKm(workspaceId));
		form.setVersion(settings.version(workspaceId));
		return page(workspaceId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/coherence/settings")
	@Access.Secretariat
	String setBorderDistance(@PathVariable long workspaceId, @Valid @ModelAttribute("form") BorderDistanceForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (FormErrors.attempt(result, () -> settings.setBorderKm(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "strategy.settings.saved");
			return "redirect:/workspaces/" + workspaceId + "/strategy/coherence";
		}
		return page(workspaceId, form, model, locale);
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/rules")
	@Access.WorkspaceMember
	String rules(@PathVariable long workspaceId, Model model) {
		model.addAttribute("rules", CoherenceRules.ALL);
		model.addAttribute("borderKm", settings.borderKm(workspaceId));
		return "strategy/rules";
	}

	private String page(long workspaceId, BorderDistanceForm form, Model model, Locale locale) {
		CoherenceReport report = check.check(workspaceId, locale);
		List<FindingView> findings = FindingView.of(report.findings(), messages, locale);
		model.addAttribute("blocking", findings.stream().filter(FindingView::blocking).toList());
		model.addAttribute("warnings", findings.stream().filter(f -> !f.blocking()).toList());
		model.addAttribute("form", form);
		return "strategy/coherence";
	}
}
