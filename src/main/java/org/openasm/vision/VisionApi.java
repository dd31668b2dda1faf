package org.openasm.vision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openasm.context.Commodity;
import org.openasm.context.SiteFacts;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step 2.1 over HTTP: the statement, the significant issues and their evidence, the goals, the
 * techniques with their grades and sites, the link import and the prevalence of unacceptable and poor
 * techniques. Creates are repeat-safe with Idempotency-Key; edits carry their version, a stale one
 * gets 409.
 */
@RestController
@Tag(name = "Vision (2.1)", description = "Vision statement, significant issues with evidence, goals, graded techniques and where they are practised")
class VisionApi {

	private final VisionManagement vision;

	private final TechniqueRegister techniques;

	VisionApi(VisionManagement vision, TechniqueRegister techniques) {
		this.vision = vision;
		this.techniques = techniques;
	}

	record StatementView(String statement, Long version) {
	}

	record IssueView(long id, IssueKind kind, String title, Significance significance, String rationale, long version) {
		static IssueView of(Issue i) {
			return new IssueView(i.getId(), i.getKind(), i.getTitle(), i.getSignificance(), i.getRationale(), i.getVersion());
		}
	}

	record EvidenceView(long id, String type, long recordId, String label, String historyPath, String note) {
	}

	record GoalView(long id, String title, String description, Set<Long> issueIds, long version) {
		static GoalView of(Goal g) {
			return new GoalView(g.getId(), g.getTitle(), g.getDescription(), g.getIssueIdSet(), g.getVersion());
		}
	}

	record TechniqueView(long id, String code, String name, String description, String suggestionReason, TechniqueStage stage,
			Set<Commodity> commodities, Set<IssueKind> issues, TechniqueGrade suggestedGrade, TechniqueGrade grade, String rationale,
			int sites, long version) {
	}

	record SiteView(long id, String name, Commodity commodity, String depositType, String mechanisation, int women, int men) {
		static SiteView of(SiteFacts s) {
			return new SiteView(s.id(), s.name(), s.commodity(), s.depositType(), s.mechanisation(), s.women(), s.men());
		}
	}

	record Added(int added) {
	}

	record Imported(int added, int alreadyLinked) {
	}

	record SiteTechniques(Set<Long> techniqueIds) {
	}

	// --- Statement

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/statement")
	@Access.WorkspaceMember
	@Operation(summary = "The vision statement and its version (both null before it is written)")
	StatementView statement(@PathVariable long workspaceId) {
		return vision.statement(workspaceId).map(s -> new StatementView(s.getStatement(), s.getVersion())).orElse(new StatementView(null, null));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/vision/statement")
	@Access.Secretariat
	@Operation(summary = "Write the vision statement; the first write creates it (repeat-safe with Idempotency-Key), later ones send the version read")
	StatementView writeStatement(@PathVariable long workspaceId, @Valid @RequestBody StatementForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		vision.writeStatement(workspaceId, form);
		return statement(workspaceId);
	}

	// --- Issues and evidence

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/issues")
	@Access.WorkspaceMember
	@Operation(summary = "The significant issues")
	List<IssueView> issues(@PathVariable long workspaceId) {
		return vision.issues(workspaceId).stream().map(IssueView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/vision/issues")
	@Access.Secretariat
	@Operation(summary = "Record a significant issue; repeat-safe with an Idempotency-Key header")
	ResponseEntity<IssueView> addIssue(@PathVariable long workspaceId, @Valid @RequestBody IssueForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = vision.addIssue(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/vision/issues/" + id)).body(issue(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/issues/{issueId}")
	@Access.WorkspaceMember
	@Operation(summary = "One significant issue")
	IssueView issue(@PathVariable long workspaceId, @PathVariable long issueId) {
		return IssueView.of(vision.issue(workspaceId, issueId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/vision/issues/{issueId}")
	@Access.Secretariat
	@Operation(summary = "Change a significant issue; send the version you read")
	IssueView editIssue(@PathVariable long workspaceId, @PathVariable long issueId, @Valid @RequestBody IssueForm form) {
		vision.editIssue(workspaceId, issueId, form);
		return issue(workspaceId, issueId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/vision/issues/{issueId}")
	@Access.Secretariat
	@Operation(summary = "Remove a significant issue with its evidence; goals no longer name it")
	ResponseEntity<Void> removeIssue(@PathVariable long workspaceId, @PathVariable long issueId) {
		vision.removeIssue(workspaceId, issueId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/issues/{issueId}/evidence")
	@Access.WorkspaceMember
	@Operation(summary = "The evidence of an issue, each with the linked record's label and history path (label null if it was removed)")
	List<EvidenceView> evidence(@PathVariable long workspaceId, @PathVariable long issueId) {
		return vision.evidence(workspaceId, issueId).stream().map(e -> {
			var linked = vision.linked(e);
			return new EvidenceView(e.getId(), e.getRecordType(), e.getRecordId(), linked.map(RecordLinks.Linked::label).orElse(null),
					linked.map(RecordLinks.Linked::historyPath).orElse(null), e.getNote());
		}).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/vision/issues/{issueId}/evidence")
	@Access.Secretariat
	@Operation(summary = "Add evidence: type MineSite, SectorEstimate, ChainFlow or Input, the record's id in this workspace, and a note")
	ResponseEntity<List<EvidenceView>> addEvidence(@PathVariable long workspaceId, @PathVariable long issueId,
			@Valid @RequestBody EvidenceForm form, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = vision.addEvidence(workspaceId, issueId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/vision/issues/" + issueId + "/evidence/" + id))
			.body(evidence(workspaceId, issueId));
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/vision/issues/{issueId}/evidence/{evidenceId}")
	@Access.Secretariat
	@Operation(summary = "Remove a piece of evidence")
	ResponseEntity<Void> removeEvidence(@PathVariable long workspaceId, @PathVariable long issueId, @PathVariable long evidenceId) {
		vision.removeEvidence(workspaceId, issueId, evidenceId);
		return ResponseEntity.noContent().build();
	}

	// --- Goals

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/goals")
	@Access.WorkspaceMember
	@Operation(summary = "The goals, each with the ids of the issues it answers")
	List<GoalView> goals(@PathVariable long workspaceId) {
		return vision.goals(workspaceId).stream().map(GoalView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/vision/goals")
	@Access.Secretariat
	@Operation(summary = "Add a goal; repeat-safe with an Idempotency-Key header")
	ResponseEntity<GoalView> addGoal(@PathVariable long workspaceId, @Valid @RequestBody GoalForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = vision.addGoal(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/vision/goals/" + id)).body(goal(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/goals/{goalId}")
	@Access.WorkspaceMember
	@Operation(summary = "One goal")
	GoalView goal(@PathVariable long workspaceId, @PathVariable long goalId) {
		return GoalView.of(vision.goal(workspaceId, goalId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/vision/goals/{goalId}")
	@Access.Secretariat
	@Operation(summary = "Change a goal; send the version you read")
	GoalView editGoal(@PathVariable long workspaceId, @PathVariable long goalId, @Valid @RequestBody GoalForm form) {
		vision.editGoal(workspaceId, goalId, form);
		return goal(workspaceId, goalId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/vision/goals/{goalId}")
	@Access.Secretariat
	@Operation(summary = "Remove a goal")
	ResponseEntity<Void> removeGoal(@PathVariable long workspaceId, @PathVariable long goalId) {
		vision.removeGoal(workspaceId, goalId);
		return ResponseEntity.noContent().build();
	}

	// --- Techniques

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/techniques")
	@Access.WorkspaceMember
	@Operation(summary = "The techniques (catalogue entries named in the Accept-Language), with the grade, its rationale and how many recorded sites practise each")
	List<TechniqueView> techniques(@PathVariable long workspaceId, Locale locale) {
		Map<Long, Set<Long>> sites = techniques.sitesByTechnique(workspaceId);
		return techniques.techniques(workspaceId).stream().map(t -> view(t, sites, locale)).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/vision/techniques")
	@Access.Secretariat
	@Operation(summary = "Add a technique of the government's own; repeat-safe with an Idempotency-Key header")
	ResponseEntity<TechniqueView> addTechnique(@PathVariable long workspaceId, @Valid @RequestBody TechniqueForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
		form.setToken(key);
		long id = techniques.add(workspaceId, form, locale);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/vision/techniques/" + id))
			.body(technique(workspaceId, id, locale));
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/vision/techniques/catalogue")
	@Access.Secretariat
	@Operation(summary = "Add the reference catalogue entries the workspace does not have yet; loading twice adds nothing")
	Added loadCatalogue(@PathVariable long workspaceId) {
		return new Added(techniques.loadCatalogue(workspaceId));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/techniques/{techniqueId}")
	@Access.WorkspaceMember
	@Operation(summary = "One technique")
	TechniqueView technique(@PathVariable long workspaceId, @PathVariable long techniqueId, Locale locale) {
		return view(techniques.technique(workspaceId, techniqueId), techniques.sitesByTechnique(workspaceId), locale);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/vision/techniques/{techniqueId}")
	@Access.Secretariat
	@Operation(summary = "Describe a technique of the government's own (catalogue entries are described by the catalogue); send the version you read")
	TechniqueView editTechnique(@PathVariable long workspaceId, @PathVariable long techniqueId, @Valid @RequestBody TechniqueForm form,
			Locale locale) {
		techniques.edit(workspaceId, techniqueId, form, locale);
		return technique(workspaceId, techniqueId, locale);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/vision/techniques/{techniqueId}/grade")
	@Access.Secretariat
	@Operation(summary = "Grade a technique with the government's rationale (required with a grade; a null grade withdraws it); send the version you read")
	TechniqueView grade(@PathVariable long workspaceId, @PathVariable long techniqueId, @Valid @RequestBody GradeForm form, Locale locale) {
		techniques.grade(workspaceId, techniqueId, form);
		return technique(workspaceId, techniqueId, locale);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/vision/techniques/{techniqueId}")
	@Access.Secretariat
	@Operation(summary = "Remove a technique and its site links (a catalogue entry comes back with the catalogue action)")
	ResponseEntity<Void> removeTechnique(@PathVariable long workspaceId, @PathVariable long techniqueId) {
		techniques.remove(workspaceId, techniqueId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/techniques/{techniqueId}/sites")
	@Access.WorkspaceMember
	@Operation(summary = "The recorded sites where a technique is practised")
	List<SiteView> sites(@PathVariable long workspaceId, @PathVariable long techniqueId) {
		return techniques.sitesOf(workspaceId, techniqueId).stream().map(SiteView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/vision/techniques/{techniqueId}/sites")
	@Access.Secretariat
	@Operation(summary = "Link a technique to sites: siteIds, or every site matching commodity, depositType, mechanisation and areaId; sites already linked are skipped")
	Added addSites(@PathVariable long workspaceId, @PathVariable long techniqueId, @RequestBody SiteSelection selection) {
		return new Added(techniques.addSites(workspaceId, techniqueId, selection));
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/vision/techniques/{techniqueId}/sites/{siteId}")
	@Access.Secretariat
	@Operation(summary = "Unlink a technique from a site")
	ResponseEntity<Void> removeSite(@PathVariable long workspaceId, @PathVariable long techniqueId, @PathVariable long siteId) {
		techniques.removeSite(workspaceId, techniqueId, siteId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/sites/{siteId}/techniques")
	@Access.WorkspaceMember
	@Operation(summary = "The ids of the techniques practised at a site")
	SiteTechniques practisedAt(@PathVariable long workspaceId, @PathVariable long siteId) {
		return new SiteTechniques(techniques.techniquesAt(workspaceId, siteId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/vision/sites/{siteId}/techniques")
	@Access.Secretariat
	@Operation(summary = "Set the techniques practised at a site to exactly these ids")
	SiteTechniques setPractisedAt(@PathVariable long workspaceId, @PathVariable long siteId, @RequestBody SiteTechniques body) {
		techniques.practisedAt(workspaceId, siteId, body.techniqueIds());
		return practisedAt(workspaceId, siteId);
	}

	/** The body is the CSV file itself, UTF-8. No {@code consumes}: a caller without the role must get 403 whatever they send. */
	@PostMapping("/api/v1/workspaces/{workspaceId}/vision/links/import")
	@Access.Secretariat
	@Operation(summary = "Import site–technique links as text/csv (columns site = name or id, technique = code or name; comma or semicolon); "
			+ "all rows or none: a wrong file gets 422 listing every wrong row as rows[N].column; links already recorded are skipped",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
	Imported importLinks(@PathVariable long workspaceId, @RequestBody byte[] csv, Locale locale) {
		TechniqueRegister.Imported done = techniques.importLinks(workspaceId, csv, locale);
		return new Imported(done.added(), done.alreadyLinked());
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/vision/prevalence")
	@Access.WorkspaceMember
	@Operation(summary = "For each unacceptable and poor technique: sites, women and men exposed, in total, by region (top-level area; empty name = no area) and by commodity")
	List<Prevalence.Row> prevalence(@PathVariable long workspaceId, Locale locale) {
		return techniques.prevalence(workspaceId, locale);
	}

	private TechniqueView view(Technique t, Map<Long, Set<Long>> sites, Locale locale) {
		return new TechniqueView(t.getId(), t.getCode(), techniques.name(t, locale),
				t.isCatalogued() ? techniques.catalogueText(t, "description", locale).orElse(null) : t.getDescription(),
				techniques.catalogueText(t, "reason", locale).orElse(null), t.getStage(), t.getCommoditySet(), t.getIssueSet(),
				t.getSuggestedGrade(), t.getGrade(), t.getRationale(), sites.getOrDefault(t.getId(), Set.of()).size(), t.getVersion());
	}
}
