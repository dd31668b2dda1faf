package org.openasm.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.openasm.shared.web.Access;
import org.openasm.vision.TechniqueGrade;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspections, enforcement cases, corrective actions and the registry's publication settings over HTTP. */
@RestController
@Tag(name = "Registry: inspections and enforcement", description = "Inspections of licences and mine sites, the enforcement cases unacceptable techniques open, corrective actions, sanctions")
class InspectionApi {

	static final int MAX_PAGE_SIZE = 200;

	private final Inspections inspections;

	private final Enforcement enforcement;

	private final RegistryPublication publication;

	InspectionApi(Inspections inspections, Enforcement enforcement, RegistryPublication publication) {
		this.inspections = inspections;
		this.enforcement = enforcement;
		this.publication = publication;
	}

	/** One page of a list. */
	record RegisterPage<T>(List<T> items, int page, int size, long total) {
		static <E, T> RegisterPage<T> of(Page<E> page, java.util.function.Function<E, T> view) {
			return new RegisterPage<>(page.getContent().stream().map(view).toList(), page.getNumber() + 1, page.getSize(), page.getTotalElements());
		}
	}

	record FindingView(long techniqueId, String techniqueName, TechniqueGrade grade, boolean observed, String note) {
		static FindingView of(InspectionFinding f) {
			return new FindingView(f.getTechniqueId(), f.getTechniqueName(), f.getGrade(), f.isObserved(), f.getNote());
		}
	}

	record ActionView(long id, long inspectionId, Long caseId, String description, LocalDate dueOn, LocalDate doneOn, Long verifiedById,
			long version) {
		static ActionView of(CorrectiveAction a) {
			return new ActionView(a.getId(), a.getInspectionId(), a.getCaseId(), a.getDescription(), a.getDueOn(), a.getDoneOn(), a.getVerifiedById(),
					a.getVersion());
		}
	}

	record InspectionSummary(long id, Long licenceId, Long siteId, LocalDate visitedOn, String inspector, Long followUpOf,
			boolean unacceptableObserved) {
		static InspectionSummary of(Inspection i) {
			return new InspectionSummary(i.getId(), i.getLicenceId(), i.getSiteId(), i.getVisitedOn(), i.getInspector(), i.getFollowUpOf(),
					i.isUnacceptableObserved());
		}
	}

	record InspectionView(InspectionSummary inspection, String summary, List<FindingView> findings, List<ActionView> actions,
			List<Long> verifiedActionIds, List<Long> caseIds) {
	}

	record SanctionView(long id, SanctionKind kind, BigDecimal amount, String reason, LocalDate imposedOn, String actor) {
		static SanctionView of(Sanction s) {
			return new SanctionView(s.getId(), s.getKind(), s.getAmount(), s.getReason(), s.getImposedOn(), s.getActor());
		}
	}

	record CaseSummary(long id, long inspectionId, Long licenceId, Long siteId, LocalDate openedOn, EnforcementStatus status, LocalDate closedOn,
			String closingNote, long version) {
		static CaseSummary of(EnforcementCase c) {
			return new CaseSummary(c.getId(), c.getInspectionId(), c.getLicenceId(), c.getSiteId(), c.getOpenedOn(), c.getStatus(), c.getClosedOn(),
					c.getClosingNote(), c.getVersion());
		}
	}

	record CaseView(CaseSummary enforcementCase, List<ActionView> actions, List<SanctionView> sanctions) {
	}

	/** Closing a case: why it is closed, and the version read. */
	record CloseRequest(String note, Long version) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/inspections")
	@Access.Government
	@Operation(summary = "Inspections, latest visit first (page from 1, size up to 200)")
	RegisterPage<InspectionSummary> inspections(@PathVariable long workspaceId, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "50") int size) {
		return RegisterPage.of(inspections.inspections(workspaceId, pageOf(page, size)), InspectionSummary::of);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/inspections")
	@Access.Cadastre
	@Operation(summary = "Record an inspection of a licence (licenceId or licenceNumber) or a site; an unacceptable technique observed opens an enforcement case; repeat-safe with Idempotency-Key")
	ResponseEntity<InspectionView> record(@PathVariable long workspaceId, @Valid @RequestBody InspectionForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = inspections.record(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/inspections/" + id)).body(inspection(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/inspections/{inspectionId}")
	@Access.Government
	@Operation(summary = "One inspection with its findings, the actions it required, the actions it verified and the case it opened")
	InspectionView inspection(@PathVariable long workspaceId, @PathVariable long inspectionId) {
		Inspection i = inspections.inspection(workspaceId, inspectionId);
		return new InspectionView(InspectionSummary.of(i), i.getSummary(),
				inspections.findings(workspaceId, inspectionId).stream().map(FindingView::of).toList(),
				inspections.actionsRequiredBy(workspaceId, inspectionId).stream().map(ActionView::of).toList(),
				inspections.actionsVerifiedBy(workspaceId, inspectionId).stream().map(CorrectiveAction::getId).toList(),
				enforcement.openedBy(inspectionId).stream().map(EnforcementCase::getId).toList());
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/corrective-actions")
	@Access.Government
	@Operation(summary = "Corrective actions: overdue=true for those past their date, open=false to include those done")
	RegisterPage<ActionView> actions(@PathVariable long workspaceId, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
		return RegisterPage.of(inspections.actions(workspaceId, overdue, open, pageOf(page, size)), ActionView::of);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/enforcement-cases")
	@Access.Government
	@Operation(summary = "Enforcement cases, latest first; status=OPEN or CLOSED to filter")
	RegisterPage<CaseSummary> cases(@PathVariable long workspaceId, @RequestParam(required = false) EnforcementStatus status,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
		return RegisterPage.of(enforcement.cases(workspaceId, status, pageOf(page, size)), CaseSummary::of);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/enforcement-cases/{caseId}")
	@Access.Government
	@Operation(summary = "One enforcement case with its corrective actions and sanctions")
	CaseView enforcementCase(@PathVariable long workspaceId, @PathVariable long caseId) {
		return new CaseView(CaseSummary.of(enforcement.enforcementCase(workspaceId, caseId)),
				enforcement.actions(workspaceId, caseId).stream().map(ActionView::of).toList(),
				enforcement.sanctions(workspaceId, caseId).stream().map(SanctionView::of).toList());
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/enforcement-cases/{caseId}/sanctions")
	@Access.Cadastre
	@Operation(summary = "Impose a sanction: WARNING, FINE (amount above zero) or SUSPENSION (suspends the case's licence); repeat-safe with Idempotency-Key")
	ResponseEntity<CaseView> sanction(@PathVariable long workspaceId, @PathVariable long caseId, @Valid @RequestBody SanctionForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		enforcement.sanction(workspaceId, caseId, form);
		return ResponseEntity.status(201).body(enforcementCase(workspaceId, caseId));
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/enforcement-cases/{caseId}/close")
	@Access.Cadastre
	@Operation(summary = "Close a case once every corrective action is verified done; send a note and the version read")
	CaseView close(@PathVariable long workspaceId, @PathVariable long caseId, @RequestBody CloseRequest request) {
		enforcement.close(workspaceId, caseId, request.note(), request.version());
		return enforcementCase(workspaceId, caseId);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/registry/settings")
	@Access.Government
	@Operation(summary = "The registry settings: whether holders' names are on the public register")
	RegistryPublication.Settings settings(@PathVariable long workspaceId) {
		return publication.settings(workspaceId);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/registry/settings")
	@Access.Secretariat
	@Operation(summary = "Change the registry settings")
	RegistryPublication.Settings changeSettings(@PathVariable long workspaceId, @RequestBody RegistryPublication.Settings settings) {
		return publication.change(workspaceId, settings);
	}

	private static PageRequest pageOf(int page, int size) {
		return PageRequest.of(Math.max(page, 1) - 1, Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
	}
}
