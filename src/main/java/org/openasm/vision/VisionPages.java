package org.openasm.vision;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openasm.context.Commodity;
import org.openasm.context.SiteFacts;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.audit.RecordLinks;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of step 2.1: the hub (readiness, statement, issues, goals), an issue with its evidence,
 * the goal form, the techniques with their grades, one technique with its sites, a site with the
 * techniques practised there, and the prevalence of unacceptable and poor techniques.
 */
@Controller
class VisionPages {

	/** A technique as the pages list it: the entity, its name in the reader's language and how many sites practise it. */
	record TechniqueRow(Technique technique, String name, int sites) {
	}

	private final VisionManagement vision;

	private final TechniqueRegister techniques;

	private final Progress progress;

	private final MessageSource messages;

	VisionPages(VisionManagement vision, TechniqueRegister techniques, Progress progress, MessageSource messages) {
		this.vision = vision;
		this.techniques = techniques;
		this.progress = progress;
		this.messages = messages;
	}

	private static String base(long workspaceId) {
		return "redirect:/workspaces/" + workspaceId + "/vision";
	}

	@GetMapping("/workspaces/{workspaceId}/vision")
	@Access.WorkspaceMember
	String hub(@PathVariable long workspaceId, Model model, Locale locale) {
		model.addAttribute("progress", progress.of(workspaceId, Step.VISION, locale));
		model.addAttribute("statement", vision.statement(workspaceId).orElse(null));
		List<Issue> issues = vision.issues(workspaceId);
		model.addAttribute("issues", issues);
		model.addAttribute("evidenceCounts", vision.evidenceCounts(workspaceId));
		model.addAttribute("issueTitles", issues.stream().collect(java.util.stream.Collectors.toMap(Issue::getId, Issue::getTitle)));
		model.addAttribute("goals", vision.goals(workspaceId));
		List<TechniqueRow> rows = rows(workspaceId, locale);
		model.addAttribute("practised", rows.stream().filter(r -> r.sites() > 0).count());
		model.addAttribute("ungraded", rows.stream().filter(r -> r.sites() > 0 && r.technique().getGrade() == null).count());
		return "vision/hub";
	}

	// --- Statement

	@GetMapping("/workspaces/{workspaceId}/vision/statement")
	@Access.Secretariat
	String statementForm(@PathVariable long workspaceId, Model model) {
		StatementForm form = new StatementForm();
		vision.statement(workspaceId).ifPresentOrElse(s -> {
			form.setStatement(s.getStatement());
			form.setVersion(s.getVersion());
			model.addAttribute("statementId", s.getId());
		}, () -> form.setToken(UUID.randomUUID().toString()));
		model.addAttribute("form", form);
		return "vision/statement";
	}

	@PostMapping("/workspaces/{workspaceId}/vision/statement")
	@Access.Secretariat
	String writeStatement(@PathVariable long workspaceId, @Valid @ModelAttribute("form") StatementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> vision.writeStatement(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "vision.statement.saved");
			return base(workspaceId);
		}
		vision.statement(workspaceId).ifPresent(s -> model.addAttribute("statementId", s.getId()));
		return "vision/statement";
	}

	// --- Issues

	@GetMapping("/workspaces/{workspaceId}/vision/issues/new")
	@Access.Secretariat
	String newIssue(@PathVariable long workspaceId, Model model) {
		IssueForm form = new IssueForm();
		form.setToken(UUID.randomUUID().toString());
		return issueForm(form, null, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/issues/new")
	@Access.Secretariat
	String addIssue(@PathVariable long workspaceId, @Valid @ModelAttribute("form") IssueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = vision.addIssue(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "vision.issue.saved");
			return base(workspaceId) + "/issues/" + id[0];
		}
		return issueForm(form, null, model);
	}

	@GetMapping("/workspaces/{workspaceId}/vision/issues/{issueId}")
	@Access.WorkspaceMember
	String issue(@PathVariable long workspaceId, @PathVariable long issueId,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String site, Model model) {
		EvidenceForm form = new EvidenceForm();
		form.setToken(UUID.randomUUID().toString());
		if (site != null && !site.isBlank()) {
			form.setType("MineSite");
		}
		model.addAttribute("siteQuery", site);
		return issuePage(workspaceId, issueId, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/vision/issues/{issueId}/edit")
	@Access.Secretariat
	String editIssueForm(@PathVariable long workspaceId, @PathVariable long issueId, Model model) {
		Issue issue = vision.issue(workspaceId, issueId);
		IssueForm form = new IssueForm();
		form.setKind(issue.getKind());
		form.setTitle(issue.getTitle());
		form.setSignificance(issue.getSignificance());
		form.setRationale(issue.getRationale());
		form.setVersion(issue.getVersion());
		return issueForm(form, issueId, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/issues/{issueId}/edit")
	@Access.Secretariat
	String editIssue(@PathVariable long workspaceId, @PathVariable long issueId, @Valid @ModelAttribute("form") IssueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> vision.editIssue(workspaceId, issueId, form))) {
			redirect.addFlashAttribute("saved", "vision.issue.saved");
			return base(workspaceId) + "/issues/" + issueId;
		}
		return issueForm(form, issueId, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/issues/{issueId}/delete")
	@Access.Secretariat
	String removeIssue(@PathVariable long workspaceId, @PathVariable long issueId, RedirectAttributes redirect) {
		vision.removeIssue(workspaceId, issueId);
		redirect.addFlashAttribute("saved", "vision.issue.removed");
		return base(workspaceId);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/issues/{issueId}/evidence")
	@Access.Secretariat
	String addEvidence(@PathVariable long workspaceId, @PathVariable long issueId,
			@Valid @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> vision.addEvidence(workspaceId, issueId, form))) {
			redirect.addFlashAttribute("saved", "vision.evidence.saved");
			return base(workspaceId) + "/issues/" + issueId;
		}
		return issuePage(workspaceId, issueId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/issues/{issueId}/evidence/{evidenceId}/delete")
	@Access.Secretariat
	String removeEvidence(@PathVariable long workspaceId, @PathVariable long issueId, @PathVariable long evidenceId,
			RedirectAttributes redirect) {
		vision.removeEvidence(workspaceId, issueId, evidenceId);
		redirect.addFlashAttribute("saved", "vision.evidence.removed");
		return base(workspaceId) + "/issues/" + issueId;
	}

	private String issuePage(long workspaceId, long issueId, EvidenceForm form, Model model) {
		model.addAttribute("issue", vision.issue(workspaceId, issueId));
		List<Map.Entry<Evidence, RecordLinks.Linked>> shown = vision.evidence(workspaceId, issueId)
			.stream()
			.map(e -> java.util.Map.entry(e, vision.linked(e).orElse(null)))
			.toList();
		model.addAttribute("evidence", shown);
		model.addAttribute("evidenceForm", form);
		model.addAttribute("evidenceTypes", VisionManagement.EVIDENCE_TYPES);
		Map<String, List<RecordLinks.Linked>> candidates = new java.util.LinkedHashMap<>();
		String siteQuery = (String) model.getAttribute("siteQuery");
		VisionManagement.EVIDENCE_TYPES.forEach(t -> candidates.put(t, vision.candidates(workspaceId, t, siteQuery)));
		model.addAttribute("sitesOffered", VisionManagement.SITES_OFFERED);
		model.addAttribute("candidates", candidates);
		return "vision/issue";
	}

	private String issueForm(IssueForm form, Long issueId, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("issueId", issueId);
		model.addAttribute("kinds", IssueKind.values());
		model.addAttribute("significances", Significance.values());
		return "vision/issue-form";
	}

	// --- Goals

	@GetMapping("/workspaces/{workspaceId}/vision/goals/new")
	@Access.Secretariat
	String newGoal(@PathVariable long workspaceId, Model model) {
		GoalForm form = new GoalForm();
		form.setToken(UUID.randomUUID().toString());
		return goalForm(workspaceId, form, null, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/goals/new")
	@Access.Secretariat
	String addGoal(@PathVariable long workspaceId, @Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> vision.addGoal(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "vision.goal.saved");
			return base(workspaceId) + "#goals";
		}
		return goalForm(workspaceId, form, null, model);
	}

	@GetMapping("/workspaces/{workspaceId}/vision/goals/{goalId}/edit")
	@Access.Secretariat
	String editGoalForm(@PathVariable long workspaceId, @PathVariable long goalId, Model model) {
		Goal goal = vision.goal(workspaceId, goalId);
		GoalForm form = new GoalForm();
		form.setTitle(goal.getTitle());
		form.setDescription(goal.getDescription());
		form.setIssueIds(goal.getIssueIdSet());
		form.setVersion(goal.getVersion());
		return goalForm(workspaceId, form, goalId, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/goals/{goalId}/edit")
	@Access.Secretariat
	String editGoal(@PathVariable long workspaceId, @PathVariable long goalId, @Valid @ModelAttribute("form") GoalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> vision.editGoal(workspaceId, goalId, form))) {
			redirect.addFlashAttribute("saved", "vision.goal.saved");
			return base(workspaceId) + "#goals";
		}
		return goalForm(workspaceId, form, goalId, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/goals/{goalId}/delete")
	@Access.Secretariat
	String removeGoal(@PathVariable long workspaceId, @PathVariable long goalId, RedirectAttributes redirect) {
		vision.removeGoal(workspaceId, goalId);
		redirect.addFlashAttribute("saved", "vision.goal.removed");
		return base(workspaceId) + "#goals";
	}

	private String goalForm(long workspaceId, GoalForm form, Long goalId, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("goalId", goalId);
		model.addAttribute("issues", vision.issues(workspaceId));
		return "vision/goal-form";
	}

	// --- Techniques

	@GetMapping("/workspaces/{workspaceId}/vision/techniques")
	@Access.WorkspaceMember
	String techniques(@PathVariable long workspaceId, @RequestParam(required = false) boolean ungraded, Model model, Locale locale) {
		List<TechniqueRow> rows = rows(workspaceId, locale);
		if (ungraded) {
			rows = rows.stream().filter(r -> r.sites() > 0 && r.technique().getGrade() == null).toList();
		}
		model.addAttribute("rows", rows);
		model.addAttribute("ungradedOnly", ungraded);
		model.addAttribute("stages", TechniqueStage.values());
		return "vision/techniques";
	}

	@PostMapping("/workspaces/{workspaceId}/vision/techniques/catalogue")
	@Access.Secretariat
	String loadCatalogue(@PathVariable long workspaceId, RedirectAttributes redirect, Locale locale) {
		int added = techniques.loadCatalogue(workspaceId);
		redirect.addFlashAttribute("savedText", messages.getMessage("vision.catalogue.loaded", new Object[] { added }, locale));
		return base(workspaceId) + "/techniques";
	}

	@PostMapping("/workspaces/{workspaceId}/vision/links/import")
	@Access.Secretariat
	String importLinks(@PathVariable long workspaceId, @RequestParam("file") MultipartFile file, RedirectAttributes redirect,
			Locale locale) throws IOException {
		try {
			TechniqueRegister.Imported done = techniques.importLinks(workspaceId, file.getBytes(), locale);
			redirect.addFlashAttribute("savedText",
					messages.getMessage("vision.import.done", new Object[] { done.added(), done.alreadyLinked() }, locale));
		}
		catch (ImportRejected ex) {
			redirect.addFlashAttribute("importErrors", ex.describe(messages, locale));
		}
		return base(workspaceId) + "/techniques";
	}

	@GetMapping("/workspaces/{workspaceId}/vision/techniques/new")
	@Access.Secretariat
	String newTechnique(@PathVariable long workspaceId, Model model) {
		TechniqueForm form = new TechniqueForm();
		form.setToken(UUID.randomUUID().toString());
		return techniqueForm(form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/techniques/new")
	@Access.Secretariat
	String addTechnique(@PathVariable long workspaceId, @Valid @ModelAttribute("form") TechniqueForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = techniques.add(workspaceId, form, locale))) {
			redirect.addFlashAttribute("saved", "vision.technique.saved");
			return base(workspaceId) + "/techniques/" + id[0];
		}
		return techniqueForm(form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/vision/techniques/{techniqueId}/edit")
	@Access.Secretariat
	String editTechnique(@PathVariable long workspaceId, @PathVariable long techniqueId, Model model) {
		Technique t = techniques.technique(workspaceId, techniqueId);
		if (t.isCatalogued()) {
			// The catalogue's texts are the reference; the government's say is its grade, on the technique's page.
			return base(workspaceId) + "/techniques/" + techniqueId;
		}
		TechniqueForm form = new TechniqueForm();
		form.setName(t.getName());
		form.setDescription(t.getDescription());
		form.setStage(t.getStage());
		form.setCommodities(new java.util.LinkedHashSet<>(t.getCommoditySet()));
		form.setIssues(new java.util.LinkedHashSet<>(t.getIssueSet()));
		form.setVersion(t.getVersion());
		model.addAttribute("techniqueId", techniqueId);
		return techniqueForm(form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/techniques/{techniqueId}/edit")
	@Access.Secretariat
	String changeTechnique(@PathVariable long workspaceId, @PathVariable long techniqueId,
			@Valid @ModelAttribute("form") TechniqueForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		if (FormErrors.attempt(result, () -> techniques.edit(workspaceId, techniqueId, form, locale))) {
			redirect.addFlashAttribute("saved", "vision.technique.saved");
			return base(workspaceId) + "/techniques/" + techniqueId;
		}
		model.addAttribute("techniqueId", techniqueId);
		return techniqueForm(form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/techniques/{techniqueId}/delete")
	@Access.Secretariat
	String removeTechnique(@PathVariable long workspaceId, @PathVariable long techniqueId, RedirectAttributes redirect) {
		techniques.remove(workspaceId, techniqueId);
		redirect.addFlashAttribute("saved", "vision.technique.removed");
		return base(workspaceId) + "/techniques";
	}

	@GetMapping("/workspaces/{workspaceId}/vision/techniques/{techniqueId}")
	@Access.WorkspaceMember
	String technique(@PathVariable long workspaceId, @PathVariable long techniqueId, Model model, Locale locale) {
		Technique t = techniques.technique(workspaceId, techniqueId);
		GradeForm form = new GradeForm();
		form.setGrade(t.getGrade());
		form.setRationale(t.getRationale());
		form.setVersion(t.getVersion());
		return techniquePage(workspaceId, techniqueId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/techniques/{techniqueId}/grade")
	@Access.Secretariat
	String grade(@PathVariable long workspaceId, @PathVariable long techniqueId, @Valid @ModelAttribute("gradeForm") GradeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		if (FormErrors.attempt(result, () -> techniques.grade(workspaceId, techniqueId, form))) {
			redirect.addFlashAttribute("saved", "vision.grade.saved");
			return base(workspaceId) + "/techniques/" + techniqueId;
		}
		return techniquePage(workspaceId, techniqueId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/vision/techniques/{techniqueId}/sites")
	@Access.Secretariat
	String addSites(@PathVariable long workspaceId, @PathVariable long techniqueId, @ModelAttribute SiteSelection selection,
			RedirectAttributes redirect, Locale locale) {
		try {
			int added = techniques.addSites(workspaceId, techniqueId, selection);
			redirect.addFlashAttribute("savedText", messages.getMessage("vision.link.added", new Object[] { added }, locale));
		}
		catch (org.openasm.shared.DomainRuleViolation ex) {
			redirect.addFlashAttribute("linkError", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return base(workspaceId) + "/techniques/" + techniqueId + "#sites";
	}

	@PostMapping("/workspaces/{workspaceId}/vision/techniques/{techniqueId}/sites/{siteId}/delete")
	@Access.Secretariat
	String removeSite(@PathVariable long workspaceId, @PathVariable long techniqueId, @PathVariable long siteId,
			RedirectAttributes redirect) {
		techniques.removeSite(workspaceId, techniqueId, siteId);
		redirect.addFlashAttribute("saved", "vision.link.removed");
		return base(workspaceId) + "/techniques/" + techniqueId + "#sites";
	}

	private String techniquePage(long workspaceId, long techniqueId, GradeForm form, Model model, Locale locale) {
		Technique t = techniques.technique(workspaceId, techniqueId);
		model.addAttribute("technique", t);
		model.addAttribute("name", techniques.name(t, locale));
		model.addAttribute("description", t.isCatalogued() ? techniques.catalogueText(t, "description", locale).orElse(null) : t.getDescription());
		model.addAttribute("reason", techniques.catalogueText(t, "reason", locale).orElse(null));
		model.addAttribute("gradeForm", form);
		model.addAttribute("grades", TechniqueGrade.values());
		model.addAttribute("sites", techniques.sitesOf(workspaceId, techniqueId));
		model.addAttribute("commodities", Commodity.values());
		model.addAttribute("depositTypes", List.of("ALLUVIAL", "HARD_ROCK", "TAILINGS", "OTHER"));
		model.addAttribute("mechanisations", List.of("MANUAL", "SEMI_MECHANISED", "MECHANISED"));
		model.addAttribute("areas", techniques.areas(workspaceId));
		return "vision/technique";
	}

	private String techniqueForm(TechniqueForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("stages", TechniqueStage.values());
		model.addAttribute("commodities", Commodity.values());
		model.addAttribute("kinds", IssueKind.values());
		return "vision/technique-form";
	}

	// --- A site's techniques

	@GetMapping("/workspaces/{workspaceId}/vision/sites/{siteId}")
	@Access.WorkspaceMember
	String site(@PathVariable long workspaceId, @PathVariable long siteId, Model model, Locale locale) {
		SiteFacts site = techniques.site(workspaceId, siteId);
		model.addAttribute("site", site);
		model.addAttribute("ticked", techniques.techniquesAt(workspaceId, siteId));
		model.addAttribute("rows", rows(workspaceId, locale).stream()
			.filter(r -> r.technique().getCommoditySet().isEmpty() || r.technique().getCommoditySet().contains(site.commodity())
					|| techniques.techniquesAt(workspaceId, siteId).contains(r.technique().getId()))
			.toList());
		model.addAttribute("stages", TechniqueStage.values());
		return "vision/site";
	}

	@PostMapping("/workspaces/{workspaceId}/vision/sites/{siteId}")
	@Access.Secretariat
	String saveSite(@PathVariable long workspaceId, @PathVariable long siteId,
			@RequestParam(name = "techniqueIds", required = false) Set<Long> techniqueIds, RedirectAttributes redirect) {
		techniques.practisedAt(workspaceId, siteId, techniqueIds == null ? Set.of() : techniqueIds);
		redirect.addFlashAttribute("saved", "vision.site.saved");
		return base(workspaceId) + "/sites/" + siteId;
	}

	// --- Prevalence

	@GetMapping("/workspaces/{workspaceId}/vision/prevalence")
	@Access.WorkspaceMember
	String prevalence(@PathVariable long workspaceId, Model model, Locale locale) {
		model.addAttribute("rows", techniques.prevalence(workspaceId, locale));
		return "vision/prevalence";
	}

	private List<TechniqueRow> rows(long workspaceId, Locale locale) {
		Map<Long, Set<Long>> sites = techniques.sitesByTechnique(workspaceId);
		return techniques.techniques(workspaceId)
			.stream()
			.map(t -> new TechniqueRow(t, techniques.name(t, locale), sites.getOrDefault(t.getId(), Set.of()).size()))
			.sorted(Comparator.comparing((TechniqueRow r) -> r.technique().getStage()).thenComparing(TechniqueRow::name))
			.toList();
	}
}
