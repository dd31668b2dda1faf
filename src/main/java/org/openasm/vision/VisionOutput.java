package org.openasm.vision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.documents.Block;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.workspace.Output;
import org.openasm.workspace.OutputContent;
import org.openasm.workspace.OutputProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The output “ASM vision”: the vision statement; the significant issues with their significance,
 * rationale and evidence; the goals with the issues they answer; the techniques as graded with how
 * many sites and workers practise the unacceptable and poor ones (by region and commodity for the
 * unacceptable); then the chapters later steps add through {@link VisionChapter}, in their order. Its
 * version counts the changes made to the vision's records.
 */
@Component
class VisionOutput implements OutputProvider {

	private final VisionManagement vision;

	private final TechniqueRegister techniques;

	private final ObjectProvider<VisionChapter> chapters;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	VisionOutput(VisionManagement vision, TechniqueRegister techniques, ObjectProvider<VisionChapter> chapters, MessageSource messages,
			JdbcTemplate jdbc) {
		this.vision = vision;
		this.techniques = techniques;
		this.chapters = chapters;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@Override
	public Output output() {
		return Output.VISION;
	}

	@Override
	public OutputContent content(long workspaceId, Locale locale) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, text(locale, "vision.statement.title")));
		blocks.add(new Block.Paragraph(vision.statement(workspaceId).map(VisionStatement::getStatement)
			.orElse(text(locale, "vision.statement.none"))));

		blocks.add(new Block.Heading(1, text(locale, "vision.issues.title")));
		List<Issue> issues = vision.issues(workspaceId);
		if (issues.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "vision.issues.none")));
		}
		Map<Long, List<Evidence>> evidence = vision.allEvidence(workspaceId)
			.stream()
			.collect(Collectors.groupingBy(e -> e.getIssue().getId()));
		for (Issue issue : issues) {
			blocks.add(new Block.Heading(2, issue.getTitle()));
			blocks.add(new Block.KeyValues(List.of(Map.entry(text(locale, "vision.issue.kind"), text(locale, "vision.issueKind." + issue.getKind())),
					Map.entry(text(locale, "vision.issue.significance"), text(locale, "vision.significance." + issue.getSignificance())))));
			blocks.add(new Block.Paragraph(issue.getRationale()));
			List<String> shown = evidence.getOrDefault(issue.getId(), List.of())
				.stream()
				.map(e -> evidenceLine(e, locale))
				.toList();
			blocks.add(new Block.Paragraph(text(locale, "vision.evidence.title")));
			blocks.add(shown.isEmpty() ? new Block.Paragraph(text(locale, "vision.evidence.none")) : new Block.BulletList(shown));
		}

		blocks.add(new Block.Heading(1, text(locale, "vision.goals.title")));
		Map<Long, String> titles = issues.stream().collect(Collectors.toMap(Issue::getId, Issue::getTitle));
		List<Goal> goals = vision.goals(workspaceId);
		blocks.add(goals.isEmpty() ? new Block.Paragraph(text(locale, "vision.goals.none"))
				: new Block.Table(List.of(text(locale, "vision.goal.title"), text(locale, "vision.goal.issues")),
						goals.stream().map(g -> List.of(g.getDescription() == null ? g.getTitle() : g.getTitle() + "\n" + g.getDescription(),
								g.getIssueIdSet().isEmpty() ? "—" : g.getIssueIdSet().stream().map(id -> titles.getOrDefault(id, "#" + id))
									.collect(Collectors.joining("; ")))).toList()));

		blocks.add(new Block.Heading(1, text(locale, "vision.techniques.title")));
		Map<Long, Set<Long>> sitesByTechnique = techniques.sitesByTechnique(workspaceId);
		List<Technique> all = techniques.techniques(workspaceId);
		List<Technique> graded = all.stream()
			.filter(t -> t.getGrade() != null)
			.sorted(Comparator.comparing(Technique::getGrade).thenComparing(t -> techniques.name(t, locale)))
			.toList();
		List<Prevalence.Row> prevalence = techniques.prevalence(workspaceId, locale);
		Map<Long, Prevalence.Row> reach = prevalence.stream().collect(Collectors.toMap(Prevalence.Row::techniqueId, r -> r));
		blocks.add(graded.isEmpty() ? new Block.Paragraph(text(locale, "vision.techniques.noneGraded"))
				: new Block.Table(List.of(text(locale, "vision.technique.name"), text(locale, "vision.technique.stage"),
						text(locale, "vision.technique.grade"), text(locale, "vision.technique.rationale"), text(locale, "vision.prevalence.sites"),
						text(locale, "vision.prevalence.workers")),
						graded.stream().map(t -> {
							Prevalence.Row r = reach.get(t.getId());
							int sites = r != null ? r.total().sites() : sitesByTechnique.getOrDefault(t.getId(), Set.of()).size();
							return List.of(techniques.name(t, locale), text(locale, "vision.stage." + t.getStage()),
									text(locale, "vision.grade." + t.getGrade()), t.getRationale(), String.valueOf(sites),
									r == null ? "—" : text(locale, "vision.prevalence.workersValue", r.total().workers(), r.total().women(), r.total().men()));
						}).toList()));
		List<String> ungraded = all.stream()
			.filter(t -> t.getGrade() == null && sitesByTechnique.containsKey(t.getId()))
			.map(t -> techniques.name(t, locale))
			.toList();
		if (!ungraded.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "vision.techniques.ungradedPractised")));
			blocks.add(new Block.BulletList(ungraded));
		}
		for (Prevalence.Row row : prevalence) {
			if (row.grade() != TechniqueGrade.UNACCEPTABLE || row.total().sites() == 0) {
				continue;
			}
			blocks.add(new Block.Heading(2, text(locale, "vision.prevalence.of", row.name())));
			List<List<String>> rows = new ArrayList<>();
			row.byRegion().forEach((region, c) -> rows.add(List.of(text(locale, "vision.prevalence.region"),
					region.isEmpty() ? text(locale, "vision.prevalence.noRegion") : region, String.valueOf(c.sites()),
					String.valueOf(c.women()), String.valueOf(c.men()))));
			row.byCommodity().forEach((commodity, c) -> rows.add(List.of(text(locale, "vision.prevalence.commodity"),
					text(locale, "commodity." + commodity), String.valueOf(c.sites()), String.valueOf(c.women()), String.valueOf(c.men()))));
			blocks.add(new Block.Table(List.of("", "", text(locale, "vision.prevalence.sites"), text(locale, "vision.prevalence.women"),
					text(locale, "vision.prevalence.men")), rows));
		}

		chapters.orderedStream()
			.sorted(Comparator.comparingInt(VisionChapter::order))
			.forEach(chapter -> blocks.addAll(chapter.blocks(workspaceId, locale)));
		return new OutputContent(String.valueOf(changeCount(workspaceId)), blocks);
	}

	private String evidenceLine(Evidence e, Locale locale) {
		String what = vision.linked(e)
			.map(RecordLinks.Linked::label)
			.orElse(text(locale, "vision.evidence.gone"));
		String line = text(locale, "vision.evidenceType." + e.getRecordType()) + ": " + what;
		return e.getNote() == null ? line : line + " — " + e.getNote();
	}

	private long changeCount(long workspaceId) {
		Long count = jdbc.queryForObject("""
				select (select count(*) from vision_technique_aud where workspace_id = ?)
				     + (select count(*) from vision_site_technique_aud where workspace_id = ?)
				     + (select count(*) from vision_issue_aud where workspace_id = ?)
				     + (select count(*) from vision_evidence_aud where workspace_id = ?)
				     + (select count(*) from vision_goal_aud where workspace_id = ?)
				     + (select count(*) from vision_statement_aud where workspace_id = ?)
				""", Long.class, workspaceId, workspaceId, workspaceId, workspaceId, workspaceId, workspaceId);
		return count == null ? 0 : count;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
