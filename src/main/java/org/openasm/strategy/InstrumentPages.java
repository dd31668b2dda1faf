package org.openasm.strategy;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.vision.IssueKind;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.TechniqueGrade;
import org.openasm.vision.TechniqueStage;
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
 * The pages for instruments: choosing one for a type (with the type's unacceptable and poor techniques
 * offered to move away from, the good ones to move towards, the vision's issues and goals, the task
 * force's agencies and the forum's inputs), and the catalogue with the government's own instruments.
 */
@Controller
class InstrumentPages {

	private final StrategyManagement strategies;

	private final InstrumentRegister instruments;

	private final StrategyDraft draft;

	private final StrategyLookups lookups;

	private final MessageSource messages;

	InstrumentPages(StrategyManagement strategies, InstrumentRegister instruments, StrategyDraft draft, StrategyLookups lookups,
			MessageSource messages) {
		this.strategies = strategies;
		this.instruments = instruments;
		this.draft = draft;
		this.lookups = lookups;
		this.messages = messages;
	}

	private static String typePath(long workspaceId, long typeId) {
		return StrategyPages.base(workspaceId) + "/types/" + typeId;
	}

	// --- Instruments chosen for a type

	@GetMapping("/workspaces/{workspaceId}/strategy/types/{typeId}/instruments/new")
	@Access.Secretariat
	String newChosen(@PathVariable long workspaceId, @PathVariable long typeId, Model model, Locale locale) {
		ChosenInstrumentForm form = new ChosenInstrumentForm();
		form.setToken(UUID.randomUUID().toString());
		return chosenForm(workspaceId, typeId, null, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/types/{typeId}/instruments/new")
	@Access.Secretariat
	String choose(@PathVariable long workspaceId, @PathVariable long typeId, @Valid @ModelAttribute("form") ChosenInstrumentForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		long strategyId = strategies.ofType(workspaceId, typeId).getId();
		if (FormErrors.attempt(result, () -> strategies.choose(workspaceId, strategyId, form))) {
			redirect.addFlashAttribute("saved", "strategy.chosen.saved");
			return typePath(workspaceId, typeId) + "#instruments";
		}
		return chosenForm(workspaceId, typeId, null, form, model, locale);
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/types/{typeId}/instruments/{chosenId}")
	@Access.Secretariat
	String editChosenForm(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long chosenId, Model model, Locale locale) {
		ChosenInstrument c = strategies.chosenOfType(workspaceId, typeId, chosenId);
		ChosenInstrumentForm form = new ChosenInstrumentForm();
		form.setInstrumentId(c.getInstrument().getId());
		form.setAwayFromTechniqueIds(c.getAwayFromTechniqueIdSet());
		form.setTowardsTechniqueIds(c.getTowardsTechniqueIdSet());
		form.setIssueIds(c.getIssueIdSet());
		form.setGoalIds(c.getGoalIdSet());
		form.setLeadAgencyId(c.getLeadAgencyId());
		form.setEstimatedCost(c.getEstimatedCost());
		form.setInputIds(c.getInputIdSet());
		form.setTarget(c.getTarget());
		form.setVersion(c.getVersion());
		return chosenForm(workspaceId, typeId, chosenId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/types/{typeId}/instruments/{chosenId}")
	@Access.Secretariat
	String editChosen(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long chosenId,
			@Valid @ModelAttribute("form") ChosenInstrumentForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		strategies.chosenOfType(workspaceId, typeId, chosenId);
		if (FormErrors.attempt(result, () -> strategies.editChosen(workspaceId, chosenId, form))) {
			redirect.addFlashAttribute("saved", "strategy.chosen.saved");
			return typePath(workspaceId, typeId) + "#instruments";
		}
		return chosenForm(workspaceId, typeId, chosenId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/types/{typeId}/instruments/{chosenId}/delete")
	@Access.Secretariat
	String removeChosen(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long chosenId, RedirectAttributes redirect) {
		strategies.chosenOfType(workspaceId, typeId, chosenId);
		strategies.removeChosen(workspaceId, chosenId);
		redirect.addFlashAttribute("saved", "strategy.chosen.removed");
		return typePath(workspaceId, typeId) + "#instruments";
	}

	private String chosenForm(long workspaceId, long typeId, Long chosenId, ChosenInstrumentForm form, Model model, Locale locale) {
		Drafted d = draft.draft(workspaceId, locale);
		Drafted.TypeDraft type = d.type(typeId).orElseThrow(() -> new RecordNotFoundException("SectorType", typeId));
		if (!type.hasStrategy()) {
			throw new RecordNotFoundException("TypeStrategy", "type " + typeId);
		}
		StrategyLookups.Lookups names = lookups.of(workspaceId, locale);
		Set<Long> taken = type.strategy().instruments().stream().map(c -> c.instrument().id()).collect(Collectors.toSet());
		model.addAttribute("type", type);
		model.addAttribute("chosenId", chosenId);
		model.addAttribute("instrumentOptions", d.instruments()
			.stream()
			.filter(i -> !taken.contains(i.id()) || (form.getInstrumentId() != null && form.getInstrumentId() == i.id()))
			.toList());
		List<TechniqueFacts> practised = names.techniquesOf(type.type().techniqueIds());
		model.addAttribute("awayOptions", practised.stream()
			.filter(t -> t.grade() == TechniqueGrade.UNACCEPTABLE || t.grade() == TechniqueGrade.POOR)
			.sorted(StrategyPages.BY_GRADE)
			.toList());
		Set<Long> practisedIds = Set.copyOf(type.type().techniqueIds());
		model.addAttribute("practisedIds", practisedIds);
		model.addAttribute("towardsOptions", names.techniques()
			.values()
			.stream()
			.filter(t -> t.grade() == TechniqueGrade.GOOD)
			.filter(t -> t.commodities().isEmpty() || t.commodities().stream().anyMatch(type.type().commodities()::contains)
					|| practisedIds.contains(t.id()))
			.sorted(StrategyPages.BY_GRADE)
			.toList());
		model.addAttribute("typeIssueIds", Set.copyOf(type.type().issueIds()));
		model.addAttribute("names", names);
		model.addAttribute("form", form);
		return "strategy/chosen-form";
	}

	// --- The catalogue and the government's own instruments

	@GetMapping("/workspaces/{workspaceId}/strategy/instruments")
	@Access.WorkspaceMember
	String catalogue(@PathVariable long workspaceId, Model model, Locale locale) {
		Drafted d = draft.draft(workspaceId, locale);
		Map<Long, List<String>> usedBy = new java.util.HashMap<>();
		d.types().stream().filter(Drafted.TypeDraft::hasStrategy).forEach(t -> t.strategy()
			.instruments()
			.forEach(c -> usedBy.computeIfAbsent(c.instrument().id(), k -> new java.util.ArrayList<>()).add(t.type().name())));
		model.addAttribute("catalogued", d.instruments().stream().filter(Drafted.InstrumentFacts::catalogued).toList());
		model.addAttribute("own", d.instruments().stream().filter(i -> !i.catalogued()).toList());
		model.addAttribute("usedBy", usedBy);
		model.addAttribute("modes", InstrumentMode.values());
		return "strategy/instruments";
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/instruments/new")
	@Access.Secretariat
	String newInstrument(@PathVariable long workspaceId, Model model) {
		InstrumentForm form = new InstrumentForm();
		form.setToken(UUID.randomUUID().toString());
		return instrumentForm(null, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/instruments/new")
	@Access.Secretariat
	String addInstrument(@PathVariable long workspaceId, @Valid @ModelAttribute("form") InstrumentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (FormErrors.attempt(result, () -> instruments.add(workspaceId, form, locale))) {
			redirect.addFlashAttribute("saved", "strategy.instrument.saved");
			return StrategyPages.base(workspaceId) + "/instruments";
		}
		return instrumentForm(null, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/instruments/{instrumentId}/edit")
	@Access.Secretariat
	String editInstrumentForm(@PathVariable long workspaceId, @PathVariable long instrumentId, Model model, Locale locale) {
		Instrument i = instruments.instrument(workspaceId, instrumentId);
		if (i.isCatalogued()) {
			throw new RecordNotFoundException("StrategyInstrument", instrumentId);
		}
		InstrumentForm form = new InstrumentForm();
		form.setName(i.getName());
		form.setDescription(i.getDescription());
		form.setMode(i.getMode());
		form.setStages(i.getStageSet());
		form.setIssues(i.getIssueSet());
		form.setTransboundary(i.isTransboundary());
		form.setVersion(i.getVersion());
		return instrumentForm(instrumentId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/instruments/{instrumentId}/edit")
	@Access.Secretariat
	String editInstrument(@PathVariable long workspaceId, @PathVariable long instrumentId, @Valid @ModelAttribute("form") InstrumentForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		if (FormErrors.attempt(result, () -> instruments.edit(workspaceId, instrumentId, form, locale))) {
			redirect.addFlashAttribute("saved", "strategy.instrument.saved");
			return StrategyPages.base(workspaceId) + "/instruments";
		}
		return instrumentForm(instrumentId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/instruments/{instrumentId}/delete")
	@Access.Secretariat
	String removeInstrument(@PathVariable long workspaceId, @PathVariable long instrumentId, RedirectAttributes redirect, Locale locale) {
		try {
			instruments.remove(workspaceId, instrumentId, locale);
			redirect.addFlashAttribute("saved", "strategy.instrument.removed");
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return StrategyPages.base(workspaceId) + "/instruments";
	}

	private String instrumentForm(Long instrumentId, InstrumentForm form, Model model) {
		model.addAttribute("instrumentId", instrumentId);
		model.addAttribute("form", form);
		model.addAttribute("modes", InstrumentMode.values());
		model.addAttribute("stages", TechniqueStage.values());
		model.addAttribute("kinds", IssueKind.values());
		return "strategy/instrument-form";
	}
}
