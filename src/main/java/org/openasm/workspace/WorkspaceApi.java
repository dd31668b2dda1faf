package org.openasm.workspace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.AccessPolicy;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The process spine over HTTP. Other tools rely on the shape of steps and outputs: keep it stable. */
@RestController
@Tag(name = "Workspaces", description = "Jurisdictions, the eleven steps and the seven outputs")
class WorkspaceApi {

	private final WorkspaceManagement workspaces;

	private final Progress progress;

	private final Outputs outputs;

	private final AccessPolicy access;

	private final MessageSource messages;

	WorkspaceApi(WorkspaceManagement workspaces, Progress progress, Outputs outputs, AccessPolicy access, MessageSource messages) {
		this.messages = messages;
		this.workspaces = workspaces;
		this.progress = progress;
		this.outputs = outputs;
		this.access = access;
	}

	record WorkspaceSummary(long id, String name, JurisdictionLevel level) {
	}

	record WorkspaceDetail(long id, String name, JurisdictionLevel level, String countryCode, List<String> languages,
			String currency, long version) {
	}

	record StepView(String code, String phase, String title, StepStatus status, List<String> missing) {
	}

	record OutputView(String code, String title, String step, OutputStatus status, String pdf, String docx) {
	}

	@GetMapping("/api/v1/workspaces")
	@Access.SignedIn
	@Operation(summary = "The workspaces the caller holds a role in")
	List<WorkspaceSummary> list() {
		return workspaces.all()
			.stream()
			.filter(w -> access.anyRole(w.id()))
			.map(w -> new WorkspaceSummary(w.id(), w.name(), w.level()))
			.toList();
	}

	@PostMapping("/api/v1/workspaces")
	@Access.SystemAdmin
	@Operation(summary = "Create a workspace; repeat-safe with an Idempotency-Key header")
	ResponseEntity<WorkspaceDetail> create(@Valid @RequestBody WorkspaceForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = workspaces.create(form, false);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + id)).body(detail(id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}")
	@Access.WorkspaceMember
	WorkspaceDetail get(@PathVariable long workspaceId) {
		return detail(workspaceId);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}")
	@Access.WorkspaceAdmin
	@Operation(summary = "Describe a workspace; send the version you read, a stale one gets 409")
	WorkspaceDetail update(@PathVariable long workspaceId, @Valid @RequestBody WorkspaceForm form) {
		workspaces.describe(workspaceId, form);
		return detail(workspaceId);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/steps")
	@Access.WorkspaceMember
	@Operation(summary = "The eleven steps with their derived status and what is still missing")
	List<StepView> steps(@PathVariable long workspaceId, Locale locale) {
		workspaces.get(workspaceId);
		return progress.of(workspaceId, locale)
			.stream()
			.map(p -> new StepView(p.step().code(), String.valueOf(p.step().phase().number()), title(p.step(), locale), p.status(),
					p.missing().stream().map(StepProgress.Check::text).toList()))
			.toList();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/outputs")
	@Access.WorkspaceMember
	@Operation(summary = "The seven outputs with their status and download links (null where not yet available)")
	List<OutputView> outputs(@PathVariable long workspaceId, Locale locale) {
		workspaces.get(workspaceId);
		return outputs.of(workspaceId, locale).stream().map(o -> {
			boolean available = o.status() != OutputStatus.NOT_AVAILABLE;
			String base = "/api/v1/workspaces/" + workspaceId + "/outputs/" + o.output().code();
			return new OutputView(o.output().code(), messages.getMessage(o.output().messageKey(), null, locale),
					o.output().step().code(), o.status(), available ? base + "/pdf" : null, available ? base + "/docx" : null);
		}).toList();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/outputs/{code}/{format}")
	@Access.WorkspaceMember
	@Operation(summary = "Download an output as pdf or docx; marked as a draft until its step is ready")
	ResponseEntity<byte[]> download(@PathVariable long workspaceId, @PathVariable String code, @PathVariable String format,
			Locale locale) {
		return OutputPages.file(outputs, workspaceId, code, format, locale);
	}

	private WorkspaceDetail detail(long id) {
		Workspace w = workspaces.entity(id);
		return new WorkspaceDetail(w.getId(), w.getName(), w.getLevel(), w.getCountryCode(), w.getLanguageList(), w.getCurrency(),
				w.getVersion());
	}

	private String title(Step step, Locale locale) {
		return messages.getMessage(step.messageKey() + ".title", null, locale);
	}
}
