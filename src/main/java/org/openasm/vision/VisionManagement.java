package org.openasm.vision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openasm.context.SiteRegister;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The significant issues with their evidence, the goals and the vision statement, each change in one
 * transaction. Evidence is a link to a record of the context analysis or the forum of the same
 * workspace ({@link #EVIDENCE_TYPES}); a missing record or one of another workspace is refused.
 */
@Service
class VisionManagement {

	/** The records that can stand as evidence of an issue, by the entity names the history uses. */
	static final List<String> EVIDENCE_TYPES = List.of("MineSite", "SectorEstimate", "ChainFlow", "Input");

	private final IssueRepository issues;

	private final EvidenceRepository evidence;

	private final GoalRepository goals;

	private final StatementRepository statements;

	private final RecordLinks links;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	/** How many sites the evidence picker offers at a time: a national register has tens of thousands. */
	static final int SITES_OFFERED = 50;

	private final SiteRegister sites;

	VisionManagement(IssueRepository issues, EvidenceRepository evidence, GoalRepository goals, StatementRepository statements,
			RecordLinks links, WorkspaceManagement workspaces, SubmissionGuard guard, SiteRegister sites) {
		this.sites = sites;
		this.issues = issues;
		this.evidence = evidence;
		this.goals = goals;
		this.statements = statements;
		this.links = links;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	// --- Issues and their evidence

	@Transactional(readOnly = true)
	List<Issue> issues(long workspaceId) {
		return issues.findByWorkspaceIdOrderById(workspaceId);
	}

	@Transactional(readOnly = true)
	Issue issue(long workspaceId, long issueId) {
		return issues.findByIdAndWorkspaceId(issueId, workspaceId).orElseThrow(() -> new RecordNotFoundException("SignificantIssue", issueId));
	}

	@Transactional
	long addIssue(long workspaceId, IssueForm form) {
		return Long.parseLong(guard.once(form.getToken(), "vision-issue:" + workspaceId,
				Arrays.asList(form.getKind(), form.getTitle(), form.getSignificance(), form.getRationale()), () -> {
			workspaces.get(workspaceId);
			Issue issue = new Issue(workspaceId);
			describe(workspaceId, issue, form);
			return issues.save(issue).getId().toString();
		}));
	}

	@Transactional
	void editIssue(long workspaceId, long issueId, IssueForm form) {
		Issue issue = issue(workspaceId, issueId);
		issue.checkVersion(form.getVersion());
		describe(workspaceId, issue, form);
		issues.flush();
	}

	/** An issue goes with its evidence, and the goals that answered it no longer name it. */
	@Transactional
	void removeIssue(long workspaceId, long issueId) {
		Issue issue = issue(workspaceId, issueId);
		evidence.deleteAll(evidence.findByIssueOrderById(issue));
		evidence.flush();
		goals.findByWorkspaceIdOrderById(workspaceId).forEach(g -> g.forget(issueId));
		goals.flush();
		issues.delete(issue);
	}

	private void describe(long workspaceId, Issue issue, IssueForm form) {
		String title = form.getTitle().strip();
		boolean taken = issues(workspaceId).stream()
			.anyMatch(other -> !other.getId().equals(issue.getId()) && other.getTitle().equalsIgnoreCase(title));
		if (taken) {
			throw new DomainRuleViolation("title", "vision.issue.title.taken", title);
		}
		issue.describe(form.getKind(), title, form.getSignificance(), form.getRationale());
	}

	@Transactional(readOnly = true)
	List<Evidence> evidence(long workspaceId, long issueId) {
		return evidence.findByIssueOrderById(issue(workspaceId, issueId));
	}

	/** How many pieces of evidence each issue has, counted by the database (readiness reads it on every page). */
	@Transactional(readOnly = true)
	java.util.Map<Long, Long> evidenceCounts(long workspaceId) {
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		evidence.countByIssue(workspaceId).forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
		return counts;
	}

	@Transactional(readOnly = true)
	List<Evidence> allEvidence(long workspaceId) {
		return evidence.findByWorkspaceIdOrderById(workspaceId);
	}

	/** The record a piece of evidence points to, as a reader sees it; empty when it has been removed since. */
	Optional<RecordLinks.Linked> linked(Evidence e) {
		return links.find(e.getWorkspaceId(), e.getRecordType(), e.getRecordId());
	}

	/** For the evidence picker, the records of a type evidence may point to; sites only the first {@link #SITES_OFFERED} whose name contains {@code siteName}. */
	@Transactional(readOnly = true)
	List<RecordLinks.Linked> candidates(long workspaceId, String type, String siteName) {
		if ("MineSite".equals(type)) {
			return sites.named(workspaceId, siteName, SITES_OFFERED)
				.stream()
				.map(s -> new RecordLinks.Linked("MineSite", s.id(), s.name(), null))
				.toList();
		}
		return links.all(workspaceId, type);
	}

	@Transactional
	long addEvidence(long workspaceId, long issueId, EvidenceForm form) {
		return Long.parseLong(guard.once(form.getToken(), "vision-evidence:" + workspaceId + ":" + issueId,
				Arrays.asList(form.getType(), form.getRecordId(), form.getNote()), () -> {
			Issue issue = issue(workspaceId, issueId);
			String type = EVIDENCE_TYPES.stream()
				.filter(t -> t.equalsIgnoreCase(form.getType().strip()))
				.findFirst()
				.orElseThrow(() -> new DomainRuleViolation("type", "vision.evidence.type.unknown", form.getType(),
						String.join(", ", EVIDENCE_TYPES)));
			links.find(workspaceId, type, form.getRecordId())
				.orElseThrow(() -> new DomainRuleViolation("recordId", "vision.evidence.record.unknown", type, String.valueOf(form.getRecordId())));
			boolean already = evidence.findByIssueOrderById(issue)
				.stream()
				.anyMatch(e -> e.getRecordType().equals(type) && e.getRecordId().equals(form.getRecordId()));
			if (already) {
				throw new DomainRuleViolation("recordId", "vision.evidence.twice", type, String.valueOf(form.getRecordId()));
			}
			return evidence.save(new Evidence(issue, type, form.getRecordId(), form.getNote())).getId().toString();
		}));
	}

	@Transactional
	void removeEvidence(long workspaceId, long issueId, long evidenceId) {
		Issue issue = issue(workspaceId, issueId);
		evidence.delete(evidence.findByIdAndIssue(evidenceId, issue)
			.orElseThrow(() -> new RecordNotFoundException("IssueEvidence", evidenceId)));
	}

	// --- Goals

	@Transactional(readOnly = true)
	List<Goal> goals(long workspaceId) {
		return goals.findByWorkspaceIdOrderById(workspaceId);
	}

	@Transactional(readOnly = true)
	Goal goal(long workspaceId, long goalId) {
		return goals.findByIdAndWorkspaceId(goalId, workspaceId).orElseThrow(() -> new RecordNotFoundException("VisionGoal", goalId));
	}

	@Transactional
	long addGoal(long workspaceId, GoalForm form) {
		return Long.parseLong(guard.once(form.getToken(), "vision-goal:" + workspaceId,
				Arrays.asList(form.getTitle(), form.getDescription(), Columns.ids(form.getIssueIds())), () -> {
			workspaces.get(workspaceId);
			Goal goal = new Goal(workspaceId);
			describe(workspaceId, goal, form);
			return goals.save(goal).getId().toString();
		}));
	}

	@Transactional
	void editGoal(long workspaceId, long goalId, GoalForm form) {
		Goal goal = goal(workspaceId, goalId);
		goal.checkVersion(form.getVersion());
		describe(workspaceId, goal, form);
		goals.flush();
	}

	@Transactional
	void removeGoal(long workspaceId, long goalId) {
		goals.delete(goal(workspaceId, goalId));
	}

	private void describe(long workspaceId, Goal goal, GoalForm form) {
		String title = form.getTitle().strip();
		boolean taken = goals(workspaceId).stream()
			.anyMatch(other -> !other.getId().equals(goal.getId()) && other.getTitle().equalsIgnoreCase(title));
		if (taken) {
			throw new DomainRuleViolation("title", "vision.goal.title.taken", title);
		}
		Set<Long> issueIds = form.getIssueIds() == null ? Set.of() : form.getIssueIds();
		for (Long id : issueIds) {
			if (id == null || issues.findByIdAndWorkspaceId(id, workspaceId).isEmpty()) {
				throw new DomainRuleViolation("issueIds", "vision.goal.issue.unknown", String.valueOf(id));
			}
		}
		goal.describe(title, form.getDescription(), issueIds);
	}

	// --- The statement

	@Transactional(readOnly = true)
	Optional<VisionStatement> statement(long workspaceId) {
		return statements.findByWorkspaceId(workspaceId);
	}

	/**
	 * Writes the statement: the first time it is created (a repeated submission creates it once), after
	 * that every edit carries the version it was made on.
	 */
	@Transactional
	void writeStatement(long workspaceId, StatementForm form) {
		Optional<VisionStatement> existing = statement(workspaceId);
		if (existing.isPresent()) {
			if (form.getVersion() == null && form.getToken() != null && !form.getToken().isBlank()) {
				// A repeat of the submission that created it.
				guard.once(form.getToken(), "vision-statement:" + workspaceId, List.of(form.getStatement().strip()),
						() -> { throw new org.openasm.shared.StaleEditException(existing.get().getUpdatedBy(), existing.get().getUpdatedAt()); });
				return;
			}
			existing.get().checkVersion(form.getVersion());
			existing.get().write(form.getStatement());
			statements.flush();
			return;
		}
		guard.once(form.getToken(), "vision-statement:" + workspaceId, List.of(form.getStatement().strip()), () -> {
			workspaces.get(workspaceId);
			VisionStatement statement = new VisionStatement(workspaceId);
			statement.write(form.getStatement());
			return statements.saveAndFlush(statement).getId().toString();
		});
	}
}
