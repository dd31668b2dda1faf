package org.openasm.typology;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openasm.shared.DomainRuleViolation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prioritisation pages: criteria and weights, the scoring matrix and a score's form, the ranking with its sensitivity, and recording it. */
@Controller
class PriorityPages {

	private final Prioritisation priorities;

	private final TypologyManagement typology;

	private final MessageSource messages;

	PriorityPages(Prioritisation priorities, TypologyManagement typology, MessageSource messages) {
		this.priorities = priorities;
		this.typology = typology;
		this.messages = messages;
	}

	/** Puts the latest recorded ranking (if any), its facts and whether it is out of date on the model. */
	static void recordedStatus(long workspaceId, Prioritisation priorities, Model model) {
		Optional<RecordedRanking> recorded = priorities.recorded(workspaceId);
		model.addAttribute("recorded", recorded.map(r -> SectorTypes.facts(r, priorities.outOfDate(workspaceId, r))).orElse(null));
		model.addAttribute("recordedWhen", recorded.map(r -> java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
			.withLocale(org.springframework.context.i18n.LocaleContextHolder.getLocale())
			.withZone(java.time.ZoneId.systemDefault())
			.format(r.getCreatedAt())).orElse(null));
	}

	/** Per ranked type, the names of the criteria it hinges on, in the reader's language. */
	static java.util.Map<Long, String> hinges(Analysis analysis, MessageSource messages, Locale locale) {
		java.util.Map<Long, String> hinges = new java.util.HashMap<>();
		for (Ranking.Place p : analysis.getPlaces()) {
			hinges.put(p.typeId(), String.join(", ", analysis.range(p.typeId()).hingesOn().stream().map(id -> {
				Criterion c = analysis.criterion(id);
				return c.getCode() != null ? messages.getMessage(c.getNameKey(), null, locale) : c.getName();
			}).toList()));
		}
		return hinges;
	}

	@GetMapping("/workspaces/{workspaceId}/types/scores")
	@Access.Government
	String scores(@PathVariable long workspaceId, Model model) {
		model.addAttribute("analysis", priorities.analysis(workspaceId, null));
		recordedStatus(workspaceId, priorities, model);
		return "typology/scores";
	}

	@GetMapping("/workspaces/{workspaceId}/types/{typeId}/scores/{criterionId}")
	@Access.Secretariat
	String scoreForm(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long criterionId, Model model) {
		ScoreForm form = priorities.score(workspaceId, typeId, criterionId).map(ScoreForm::of).orElseGet(ScoreForm::new);
		return scoreForm(workspaceId, typeId, criterionId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/{typeId}/scores/{criterionId}")
	@Access.Secretariat
	String score(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long criterionId,
			@Valid @ModelAttribute("form") ScoreForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> priorities.setScore(workspaceId, typeId, criterionId, form))) {
			redirect.addFlashAttribute("saved", "typology.score.saved");
			return "redirect:/workspaces/" + workspaceId + "/types/scores#matrix";
		}
		return scoreForm(workspaceId, typeId, criterionId, form, model);
	}

	private String scoreForm(long workspaceId, long typeId, long criterionId, ScoreForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("type", typology.type(workspaceId, typeId));
		model.addAttribute("criterion", priorities.criterion(workspaceId, criterionId));
		return "typology/score-form";
	}

	@GetMapping("/workspaces/{workspaceId}/types/criteria/new")
	@Access.Secretariat
	String newCriterion(@PathVariable long workspaceId, Model model) {
		CriterionForm form = new CriterionForm();
		form.setWeight(java.math.BigDecimal.ONE);
		form.setToken(UUID.randomUUID().toString());
		return criterionForm(null, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/criteria/new")
	@Access.Secretariat
	String addCriterion(@PathVariable long workspaceId, @Valid @ModelAttribute("form") CriterionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> priorities.addCriterion(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "typology.criterion.saved");
			return "redirect:/workspaces/" + workspaceId + "/types/scores";
		}
		return criterionForm(null, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/types/criteria/{criterionId}/edit")
	@Access.Secretariat
	String editCriterionForm(@PathVariable long workspaceId, @PathVariable long criterionId, Model model) {
		Criterion c = priorities.criterion(workspaceId, criterionId);
		return criterionForm(c, CriterionForm.of(c), model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/criteria/{criterionId}/edit")
	@Access.Secretariat
	String editCriterion(@PathVariable long workspaceId, @PathVariable long criterionId, @Valid @ModelAttribute("form") CriterionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> priorities.editCriterion(workspaceId, criterionId, form))) {
			redirect.addFlashAttribute("saved", "typology.criterion.saved");
			return "redirect:/workspaces/" + workspaceId + "/types/scores";
		}
		return criterionForm(priorities.criterion(workspaceId, criterionId), form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/criteria/{criterionId}/delete")
	@Access.Secretariat
	String removeCriterion(@PathVariable long workspaceId, @PathVariable long criterionId, RedirectAttributes redirect, Locale locale) {
		try {
			priorities.removeCriterion(workspaceId, criterionId);
			redirect.addFlashAttribute("saved", "typology.criterion.removed");
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/types/scores";
	}

	private String criterionForm(Criterion criterion, CriterionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("criterion", criterion);
		return "typology/criterion-form";
	}

	/** The ranking with its sensitivity to p % (20 by default); a p outside 1–100 is refused on the page. */
	@GetMapping("/workspaces/{workspaceId}/types/ranking")
	@Access.Government
	String ranking(@PathVariable long workspaceId, @RequestParam(required = false) String p, Model model, Locale locale) {
		Integer percent = null;
		if (p != null && !p.isBlank()) {
			try {
				percent = Prioritisation.percent(Integer.valueOf(p.strip()));
			}
			catch (NumberFormatException | DomainRuleViolation ex) {
				model.addAttribute("refusal", messages.getMessage("typology.sensitivity.p.range", new Object[] { p }, locale));
			}
		}
		Analysis analysis = priorities.analysis(workspaceId, percent);
		model.addAttribute("analysis", analysis);
		model.addAttribute("hinges", hinges(analysis, messages, locale));
		model.addAttribute("token", UUID.randomUUID().toString());
		recordedStatus(workspaceId, priorities, model);
		return "typology/ranking";
	}

	@PostMapping("/workspaces/{workspaceId}/types/ranking/record")
	@Access.Secretariat
	String record(@PathVariable long workspaceId, @RequestParam(required = false) Integer p,
			@RequestParam(required = false) String token, RedirectAttributes redirect, Locale locale) {
		try {
			priorities.record(workspaceId, p, token);
			redirect.addFlashAttribute("saved", "typology.ranking.recorded");
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/types/ranking" + (p == null ? "" : "?p=" + p);
	}
}
