package org.openasm.strategy;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openasm.documents.Block;
import org.openasm.workspace.Output;
import org.openasm.workspace.OutputContent;
import org.openasm.workspace.OutputProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The output “ASM Management Strategy (by type and overall)”: the latest final version as it was
 * frozen (its number and date first), or, before any version is final, the live strategy, which the
 * workspace module then marks as a draft. Then the vision statement and goals; per type its profile,
 * both approaches and the instruments with their targets; the licence categories; the coherence report.
 */
@Component
class StrategyOutput implements OutputProvider {

	private final StrategyVersions versions;

	private final Snapshots snapshots;

	private final SnapshotText text;

	private final MessageSource messages;

	StrategyOutput(StrategyVersions versions, Snapshots snapshots, SnapshotText text, MessageSource messages) {
		this.versions = versions;
		this.snapshots = snapshots;
		this.text = text;
		this.messages = messages;
	}

	@Override
	public Output output() {
		return Output.MANAGEMENT_STRATEGY;
	}

	@Override
	@Transactional(readOnly = true)
	public OutputContent content(long workspaceId, Locale locale) {
		List<Block> blocks = new ArrayList<>();
		Optional<StrategyVersions.Line> latest = versions.latest(workspaceId);
		StrategySnapshot snapshot;
		String version;
		if (latest.isPresent()) {
			StrategyVersions.Line v = latest.get();
			snapshot = versions.snapshot(workspaceId, v.number(), locale);
			version = String.valueOf(v.number());
			blocks.add(new Block.Paragraph(text(locale, "strategy.output.final", v.number(), Date.from(v.finalisedAt()), v.finalisedBy())));
			if (versions.status(workspaceId).draftChanged()) {
				blocks.add(new Block.Paragraph(text(locale, "strategy.output.newDraft", v.number() + 1)));
			}
		}
		else {
			snapshot = snapshots.live(workspaceId, locale).snapshot();
			version = text(locale, "strategy.output.draftVersion");
			blocks.add(new Block.Paragraph(text(locale, "strategy.output.notFinal")));
		}

		blocks.add(new Block.Heading(1, text(locale, "strategy.output.vision")));
		blocks.add(new Block.Paragraph(snapshot.vision() == null ? text(locale, "strategy.snapshot.noVision") : snapshot.vision()));
		blocks.add(new Block.Heading(2, text(locale, "strategy.output.goals")));
		blocks.add(snapshot.goals().isEmpty() ? new Block.Paragraph(text(locale, "strategy.output.noGoals"))
				: new Block.BulletList(snapshot.goals().stream().map(StrategySnapshot.Goal::title).toList()));

		blocks.add(new Block.Heading(1, text(locale, "strategy.output.types")));
		if (snapshot.types().isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "strategy.output.noTypes")));
		}
		for (StrategySnapshot.TypeEntry type : snapshot.types()) {
			blocks.add(new Block.Heading(2, type.rank() == null ? type.name() : text(locale, "strategy.output.typeRanked", type.rank(), type.name())));
			List<SnapshotText.Line> profile = text.profile(type.profile(), locale);
			if (!profile.isEmpty()) {
				blocks.add(new Block.Heading(3, text(locale, "strategy.output.profile")));
				blocks.add(keyValues(profile));
			}
			blocks.add(new Block.Heading(3, text(locale, "strategy.output.approaches")));
			blocks.add(keyValues(text.fields(type, locale)));
			if (type.plan() != null && !type.plan().instruments().isEmpty()) {
				blocks.add(new Block.Heading(3, text(locale, "strategy.output.instruments")));
				type.plan().instruments().forEach(i -> blocks.add(keyValues(instrument(i, locale))));
			}
		}

		blocks.add(new Block.Heading(1, text(locale, "strategy.output.categories")));
		blocks.add(snapshot.categories().isEmpty() ? new Block.Paragraph(text(locale, "strategy.output.noCategories"))
				: new Block.Table(List.of(text(locale, "strategy.output.category"), text(locale, "strategy.output.categoryDescription"),
						text(locale, "strategy.output.categoryTerms")),
						snapshot.categories().stream()
							.map(c -> List.of(c.name(), c.description() == null ? "" : c.description(), text.category(c, locale)))
							.toList()));

		blocks.add(new Block.Heading(1, text(locale, "strategy.output.coherence")));
		StrategySnapshot.Report report = snapshot.report();
		blocks.add(new Block.Paragraph(text(locale, "strategy.output.coherenceCounts", report.blocking(), report.warnings())));
		List<String> blocking = report.findings().stream().filter(f -> "BLOCKING".equals(f.severity())).map(StrategySnapshot.Finding::text).toList();
		List<String> warnings = report.findings().stream().filter(f -> !"BLOCKING".equals(f.severity())).map(StrategySnapshot.Finding::text).toList();
		if (!blocking.isEmpty()) {
			blocks.add(new Block.Heading(2, text(locale, "strategy.coherence.blocking")));
			blocks.add(new Block.BulletList(blocking));
		}
		if (!warnings.isEmpty()) {
			blocks.add(new Block.Heading(2, text(locale, "strategy.coherence.warnings")));
			blocks.add(new Block.BulletList(warnings));
		}
		return new OutputContent(version, blocks);
	}

	/** One instrument as a small table: what it is and does, for whom, who leads it, what it costs and should achieve. */
	private List<SnapshotText.Line> instrument(StrategySnapshot.InstrumentEntry i, Locale locale) {
		List<SnapshotText.Line> lines = new ArrayList<>();
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.instrument"), i.name()));
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.i.mode"), text(locale, "strategy.snapshot.mode." + i.mode())
				+ (i.transboundary() ? " · " + text(locale, "strategy.snapshot.transboundaryFlag") : "")));
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.i.awayFrom"), joined(i.awayFrom(), "; ")));
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.i.towards"), joined(i.towards(), "; ")));
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.i.goals"), joined(i.goals(), "; ")));
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.i.issues"), joined(i.issues(), "; ")));
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.i.lead"), i.leadAgency() == null ? "—" : i.leadAgency()));
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.i.cost"),
				i.estimatedCost() == null ? "—" : SnapshotText.amount(i.estimatedCost(), locale)));
		lines.add(new SnapshotText.Line(text(locale, "strategy.output.i.target"), i.target() == null || i.target().isBlank() ? "—" : i.target()));
		return lines;
	}

	private static String joined(List<String> values, String separator) {
		return values.isEmpty() ? "—" : String.join(separator, values);
	}

	private static Block keyValues(List<SnapshotText.Line> lines) {
		return new Block.KeyValues(lines.stream().map(l -> Map.entry(l.label(), l.value())).toList());
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
