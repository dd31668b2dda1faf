package org.openasm.strategy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step 2.4 over HTTP: the coherence report of the live strategy and its border-distance setting, the
 * finalised versions, finalising (idempotent: the same draft finalised twice is one version) and the
 * comparison of two versions or of a version and the draft.
 */
@RestController
@Tag(name = "Strategy coherence and versions (2.4)",
		description = "The coherence check of the consolidated strategy, its settings, finalised versions and their comparison")
class StrategyReviewApi {

	private final CoherenceCheck check;

	private final CoherenceSettings settings;

	private final StrategyVersions versions;

	private final Snapshots snapshots;

	private final SnapshotText text;

	private final MessageSource messages;

	StrategyReviewApi(CoherenceCheck check, CoherenceSettings settings, StrategyVersions versions, Snapshots snapshots, SnapshotText text,
			MessageSource messages) {
		this.check = check;
		this.settings = settings;
		this.versions = versions;
		this.snapshots = snapshots;
		this.text = text;
		this.messages = messages;
	}

	/** The coherence report: counts, then every finding (blocking first) with its sentence and the page to fix it. */
	record ReportView(long blocking, long warnings, List<FindingView> findings) {

		static ReportView of(CoherenceReport report, MessageSource messages, Locale locale) {
			return new ReportView(report.blockingCount(), report.warningCount(), FindingView.of(report.findings(), messages, locale));
		}
	}

	record SettingsView(int borderDistanceKm, Long version) {
	}

	record VersionView(int number, Instant finalisedAt, String finalisedBy, int warnings, String digest) {

		static VersionView of(StrategyVersions.Line l) {
			return l == null ? null : new VersionView(l.number(), l.finalisedAt(), l.finalisedBy(), l.warnings(), l.digest());
		}
	}

	/** The versions, newest first, the latest, and whether the live records differ from it (a new draft in progress, numbered). */
	record VersionsView(VersionView latest, boolean draftChanged, int draftNumber, List<VersionView> versions) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/coherence")
	@Access.WorkspaceMember
	@Operation(summary = "The coherence report of the live strategy: blocking findings and warnings, each with a sentence and the path of the record to fix")
	ReportView coherence(@PathVariable long workspaceId, Locale locale) {
		return ReportView.of(check.check(workspaceId, locale), messages, locale);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/coherence/settings")
	@Access.WorkspaceMember
	@Operation(summary = "The border distance (km) within which a type's sites call for a transboundary measure")
	SettingsView settings(@PathVariable long workspaceId) {
		return new SettingsView(settings.borderKm(workspaceId), settings.version(workspaceId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/strategy/coherence/settings")
	@Access.Secretariat
	@Operation(summary = "Set the border distance, whole km from 0 to 500, with the version read (null before the first change)")
	SettingsView changeSettings(@PathVariable long workspaceId, @Valid @RequestBody BorderDistanceForm form) {
		settings.setBorderKm(workspaceId, form);
		return settings(workspaceId);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/versions")
	@Access.WorkspaceMember
	@Operation(summary = "The finalised versions, newest first, and whether a new draft is in progress")
	VersionsView versions(@PathVariable long workspaceId) {
		StrategyVersions.Status status = versions.status(workspaceId);
		return new VersionsView(VersionView.of(status.latest()), status.draftChanged(), status.draftNumber(),
				versions.list(workspaceId).stream().map(VersionView::of).toList());
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/strategy/versions")
	@Access.Secretariat
	@Operation(summary = "Finalise the live strategy: 201 with the new version; 200 with the latest when nothing changed since it; 422 listing the blocking findings")
	ResponseEntity<?> finalise(@PathVariable long workspaceId, Locale locale) {
		StrategyVersions.Finalisation result = versions.finalise(workspaceId, locale);
		if (result.refused()) {
			List<FindingView> findings = FindingView.of(result.refusedFor(), messages, locale);
			ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "finalisation-refused",
					messages.getMessage("strategy.version.refusedTitle", null, locale),
					messages.getMessage("strategy.version.refused", new Object[] { findings.size() }, locale), List.of());
			return ResponseEntity.unprocessableContent().body(Problems.withProperties(problem, java.util.Map.of("findings", findings)));
		}
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(VersionView.of(result.version()));
	}

	/** A version written out: its number and date, the snapshot as frozen, in the reader's language. */
	record SnapshotView(VersionView version, StrategySnapshot snapshot) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/versions/{number}")
	@Access.WorkspaceMember
	@Operation(summary = "One version as it was finalised, in the reader's language")
	SnapshotView version(@PathVariable long workspaceId, @PathVariable int number, Locale locale) {
		return new SnapshotView(VersionView.of(versions.line(workspaceId, number)), versions.snapshot(workspaceId, number, locale));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/versions/compare")
	@Access.WorkspaceMember
	@Operation(summary = "Two sides compared per type: a version number or “draft” each; every line on both sides with whether it changed")
	VersionComparison compare(@PathVariable long workspaceId, @RequestParam String left, @RequestParam String right, Locale locale) {
		return VersionComparisons.compare(workspaceId, left, right, versions, snapshots, text, messages, locale);
	}
}
