package org.openasm.vision;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What later steps (types and priorities, the strategy) may read of step 2.1: the graded techniques,
 * where they are practised, the significant issues, the goals and the vision statement. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class VisionRecords {

	private final TechniqueRegister techniques;

	private final IssueRepository issues;

	private final EvidenceRepository evidence;

	private final GoalRepository goals;

	private final StatementRepository statements;

	VisionRecords(TechniqueRegister techniques, IssueRepository issues, EvidenceRepository evidence, GoalRepository goals,
			StatementRepository statements) {
		this.techniques = techniques;
		this.issues = issues;
		this.evidence = evidence;
		this.goals = goals;
		this.statements = statements;
	}

	/** Every technique of the workspace, catalogue entries named in {@code locale}, in the order they were added. */
	public List<TechniqueFacts> techniques(long workspaceId, Locale locale) {
		return techniques.techniques(workspaceId).stream().map(t -> techniques.facts(t, locale)).toList();
	}

	/** Site id to the ids of the techniques practised there; only recorded sites with at least one technique appear. */
	public Map<Long, Set<Long>> techniquesBySite(long workspaceId) {
		return techniques.techniquesBySite(workspaceId);
	}

	/** The significant issues, each with the ids of the mine sites given as its evidence. */
	public List<IssueFacts> issues(long workspaceId) {
		Map<Long, Set<Long>> sitesByIssue = evidence.findByWorkspaceIdOrderById(workspaceId)
			.stream()
			.filter(e -> "MineSite".equals(e.getRecordType()))
			.collect(Collectors.groupingBy(e -> e.getIssue().getId(),
					Collectors.mapping(Evidence::getRecordId, Collectors.toCollection(TreeSet::new))));
		return issues.findByWorkspaceIdOrderById(workspaceId)
			.stream()
			.map(i -> new IssueFacts(i.getId(), i.getKind(), i.getTitle(), i.getSignificance(),
					Set.copyOf(sitesByIssue.getOrDefault(i.getId(), new TreeSet<>()))))
			.toList();
	}

	/** The goals, each with the ids of the issues it answers. */
	public List<GoalFacts> goals(long workspaceId) {
		return goals.findByWorkspaceIdOrderById(workspaceId)
			.stream()
			.map(g -> new GoalFacts(g.getId(), g.getTitle(), Set.copyOf(g.getIssueIdSet())))
			.toList();
	}

	/** The vision statement, once written. */
	public Optional<String> statement(long workspaceId) {
		return statements.findByWorkspaceId(workspaceId).map(VisionStatement::getStatement);
	}
}
