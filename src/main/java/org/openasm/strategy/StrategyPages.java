package org.openasm.strategy;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.typology.SectorTypes;
import org.openasm.vision.TechniqueFacts;
import org.openasm.workspace.Progress;
import org.openasm.workspace.Step;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of step 2.3: the hub (the ranked types in rank order with where each strategy stands, the
 * unranked types, and strategies whose type was removed) and a type's strategy page (its profile from
 * steps 2.1–2.2 next to the form for the decision, both approaches, the licence and the transboundary
 * measure, and the instruments chosen).
 */
@Controller
class StrategyPages {

	/** Worst grade first, so the techniques to move away from lead the profile. */
	static final Comparator<TechniqueFacts> BY_GRADE = Comparator
		.comparing((TechniqueFacts t) -> t.grade() == null ? Integer.MAX_VALUE : t.grade().ordinal())
		.thenComparing(TechniqueFacts::name, String.CASE_INSENSITIVE_ORDER);

	private final StrategyManagement strategies;

	private final Snapshots snapshots;

	private final CoherenceInputs inputs;

	private final StrategyLookups lookups;

	private final SectorTypes sectorTypes;

	private final Progress progress;

	private final CoherenceSummary coherence;

	StrategyPages(StrategyManagement strategies, Snapshots snapshots, CoherenceInputs inputs, StrategyLookups lookups, SectorTypes sectorTypes, Progress progress,
			CoherenceSummary coherence) {
		this.strategies = strategies;
		this.snapshots = snapshots;
		this.inputs = inputs;
		this.lookups = lookups;
		this.sectorTypes = sectorTypes;
		this.progress = progress;
		this.coherence = coherence;
	}

	static String base(long workspaceId) {
		return "redirect:/workspaces/" + workspaceId + "/strategy";
	}

	@GetMapping("/workspaces/{workspaceId}/strategy")
	@Access.WorkspaceMember
	String hub(@PathVariable long workspaceId, Model model, Locale locale) {
		model.addAttribute("progress", progress.of(workspaceId, Step.STRATEGY_PER_TYPE, locale));
		// One read of the live strategy serves the table, the coherence summary and the version status.
		Snapshots.Checked live = snapshots.live(workspaceId, locale);
		model.addAttribute("draft", live.input().draft());
		model.addAttribute("ranking", sectorTypes.recordedRanking(workspaceId).orElse(null));
		model.addAttribute("coherence", coherence.hub(workspaceId, live, locale));
		return "strategy/hub";
	}

	@GetMapping("/workspaces/{workspaceId}/strategy/types/{typeId}")
	@Access.WorkspaceMember
	String type(@PathVariable long workspaceId, @PathVariable long typeId, Model model, Locale locale) {
		StrategyForm form = new StrategyForm();
		strategies.strategyOfType(workspaceId, typeId).ifPresentOrElse(s -> {
			form.setDecision(s.getDecision());
			form.setDecisionReason(s.getDecisionReason());
			form.setAllocateLand(s.getAllocateLand());
			form.setLandAreaIds(s.getLandAreaIdSet());
			form.setLandExclusive(s.isLandExclusive());
			form.setLandRationale(s.getLandRationale());
			form.setSupplyChain(s.getSupplyChain());
			form.setSupplyChainRationale(s.getSupplyChainRationale());
			form.setServices(s.getServices());
			form.setServicesRationale(s.getServicesRationale());
			form.setImpactsApproach(s.getImpactsApproach());
			form.setImpactsRationale(s.getImpactsRationale());
			form.setLicensed(s.getLicensed());
			form.setLicenceCategoryId(s.getLicenceCategoryId());
			form.setCategoryReason(s.getCategoryReason());
			form.setTransboundaryMeasure(s.getTransboundaryMeasure());
			form.setVersion(s.getVersion());
		}, () -> form.setToken(UUID.randomUUID().toString()));
		form.setTypeId(typeId);
		return typePage(workspaceId, typeId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/strategy/types/{typeId}")
	@Access.Secretariat
	String save(@PathVariable long workspaceId, @PathVariable long typeId, @Valid @ModelAttribute("form") StrategyForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		form.setTypeId(typeId);
		if (FormErrors.attempt(result, () -> strategies.save(workspaceId, typeId, form))) {
			redirect.addFlashAttribute("saved", "strategy.saved");
			return base(workspaceId) + "/types/" + typeId;
		}
		return typePage(workspaceId, typeId, form, model, locale);
	}

	/** Removes a type's strategy with its instruments; the hub offers it for strategies whose type was removed. */
	@PostMapping("/workspaces/{workspaceId}/strategy/types/{typeId}/delete")
	@Access.Secretariat
	String remove(@PathVariable long workspaceId, @PathVariable long typeId, RedirectAttributes redirect) {
		strategies.remove(workspaceId, strategies.ofType(workspaceId, typeId).getId());
		redirect.addFlashAttribute("saved", "strategy.removed");
		return base(workspaceId);
	}

	private String typePage(long workspaceId, long typeId, StrategyForm form, Model model, Locale locale) {
		CoherenceInput input = inputs.input(workspaceId, locale);
		Drafted d = input.draft();
		Drafted.TypeDraft type = d.type(typeId).orElseThrow(() -> new RecordNotFoundException("SectorType", typeId));
		StrategyLookups.Lookups names = lookups.of(workspaceId, locale);
		model.addAttribute("type", type);
		model.addAttribute("names", names);
		model.addAttribute("practised", names.techniquesOf(type.type().techniqueIds()).stream().sorted(BY_GRADE).toList());
		model.addAttribute("typeIssues", names.issuesOf(type.type().issueIds()));
		model.addAttribute("areas", List.copyOf(names.areas().values()));
		model.addAttribute("categories", d.categories());
		model.addAttribute("decisions", TypeDecision.values());
		model.addAttribute("approaches", ImpactsApproach.values());
		model.addAttribute("form", form);
		model.addAttribute("typeFindings", coherence.about(CoherenceCheck.check(input), typeId, locale));
		return "strategy/type";
	}
}
