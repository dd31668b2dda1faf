package org.openasm.typology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openasm.documents.Block;
import org.openasm.vision.VisionChapter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sector types and their prioritisation in the “ASM vision” document: each type's profile in a
 * table, then the criteria and weights, the scores with their rationales, the weighted scores, ranks,
 * ranges of ranks and unstable flags, and the method in plain words. The ranking shown is the recorded
 * one when there is one (saying so if it is out of date), otherwise the ranking as it stands.
 */
@Component
class TypologyChapter implements VisionChapter {

	private final TypeProfiles profiles;

	private final Prioritisation priorities;

	private final TypologyManagement typology;

	private final MessageSource messages;

	TypologyChapter(TypeProfiles profiles, Prioritisation priorities, TypologyManagement typology, MessageSource messages) {
		this.profiles = profiles;
		this.priorities = priorities;
		this.typology = typology;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Block> blocks(long workspaceId, Locale locale) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, text(locale, "typology.output.heading")));
		TypeProfiles.Profiles all = profiles.profiles(workspaceId, locale);
		if (all.profiles().isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "typology.output.noTypes")));
			return blocks;
		}
		List<DimensionView> dimensions = DimensionView.all(typology.dimensions(workspaceId));
		blocks.add(new Block.Paragraph(text(locale, "typology.output.typesIntro", all.typing().sites(), all.profiles().size(),
				all.typing().untyped())));
		List<List<String>> rows = new ArrayList<>();
		for (TypeProfile p : all.profiles()) {
			rows.add(List.of(p.name(), DimensionView.describe(p.accepted(), dimensions, messages, locale), String.valueOf(p.sites()),
					text(locale, "typology.output.workers", p.workers(), p.women(), p.men()), production(p, locale),
					p.techniques().stream().map(t -> t.name() + (t.grade() == null ? "" : " (" + text(locale, "typology.grade." + t.grade()) + ")"))
						.collect(Collectors.joining("; ")),
					p.issues().stream().map(i -> i.title()).collect(Collectors.joining("; ")), String.join(", ", p.regions())));
		}
		blocks.add(new Block.Table(List.of(text(locale, "typology.type.name"), text(locale, "typology.type.definition"),
				text(locale, "typology.profile.sites"), text(locale, "typology.profile.workers"), text(locale, "typology.profile.production"),
				text(locale, "typology.profile.techniques"), text(locale, "typology.profile.issues"), text(locale, "typology.profile.regions")),
				rows));
		blocks.add(new Block.Paragraph(text(locale, "typology.production.apportioned")));
		all.profiles().stream().filter(p -> p.description() != null)
			.forEach(p -> blocks.add(new Block.Paragraph(p.name() + ": " + p.description())));

		blocks.add(new Block.Heading(2, text(locale, "typology.output.priorities")));
		Analysis analysis = priorities.analysis(workspaceId, null);
		var recorded = priorities.recorded(workspaceId).map(r -> SectorTypes.facts(r, priorities.outOfDate(workspaceId, r)));
		blocks.add(new Block.Paragraph(text(locale, "typology.method.scale")));
		blocks.add(new Block.KeyValues(analysis.getCriteria()
			.stream()
			.map(c -> Map.entry(criterionName(c.getCode(), c.getName(), locale), plain(c.getWeight(), locale)))
			.toList()));
		List<List<String>> scoreRows = new ArrayList<>();
		for (SectorType t : analysis.getTypes()) {
			for (Criterion c : analysis.getCriteria()) {
				Score s = analysis.score(t.getId(), c.getId());
				if (s != null) {
					scoreRows.add(List.of(t.getName(), criterionName(c.getCode(), c.getName(), locale), String.valueOf(s.getScore()),
							s.getRationale()));
				}
			}
		}
		if (!scoreRows.isEmpty()) {
			blocks.add(new Block.Heading(3, text(locale, "typology.output.scores")));
			blocks.add(new Block.Table(List.of(text(locale, "typology.type.name"), text(locale, "typology.criterion.name"),
					text(locale, "typology.score.score"), text(locale, "typology.score.rationale")), scoreRows));
		}
		blocks.add(new Block.Heading(3, text(locale, "typology.output.ranking")));
		if (recorded.isPresent()) {
			RankingFacts r = recorded.get();
			blocks.add(new Block.Paragraph(text(locale, r.outOfDate() ? "typology.output.recordedStale" : "typology.output.recorded",
					r.recordedBy(), java.util.Date.from(r.recordedAt()), r.percent())));
			blocks.add(rankingTable(r.ranked().stream()
				.map(l -> List.of(String.valueOf(l.rank()), l.name(), plain(l.score(), locale), range(l.bestRank(), l.worstRank()),
						stability(l.bestRank(), l.worstRank(), l.unstable(), hinges(l.hingesOn(), r.weights(), locale), locale)))
				.toList(), locale));
		}
		else if (!analysis.getPlaces().isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "typology.output.notRecorded", analysis.getPercent())));
			blocks.add(rankingTable(analysis.getPlaces().stream().map(p -> {
				Sensitivity.Range range = analysis.range(p.typeId());
				List<RankingFacts.Weight> weights = analysis.getCriteria()
					.stream()
					.map(c -> new RankingFacts.Weight(c.getId(), c.getCode(), c.getName(), c.getWeight()))
					.toList();
				return List.of(String.valueOf(p.rank()), analysis.type(p.typeId()).getName(), plain(p.score(), locale), range(range.best(), range.worst()),
						stability(range.best(), range.worst(), range.unstable(), hinges(range.hingesOn(), weights, locale), locale));
			}).toList(), locale));
		}
		else {
			blocks.add(new Block.Paragraph(text(locale, "typology.output.noRanking")));
		}
		if (!analysis.getUnscored().isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "typology.ranking.unscored",
					analysis.getUnscored().stream().map(SectorType::getName).collect(Collectors.joining(", ")))));
		}
		blocks.add(new Block.Heading(3, text(locale, "typology.method.heading")));
		blocks.add(new Block.Paragraph(text(locale, "typology.method.score")));
		blocks.add(new Block.Paragraph(text(locale, "typology.method.sensitivity")));
		return blocks;
	}

	private Block rankingTable(List<List<String>> rows, Locale locale) {
		return new Block.Table(List.of(text(locale, "typology.ranking.rank"), text(locale, "typology.type.name"),
				text(locale, "typology.ranking.score"), text(locale, "typology.sensitivity.range"), text(locale, "typology.sensitivity.flag")),
				rows);
	}

	/** As the ranking page says it: unstable with its hinges, stable within one place with them, or stable. */
	private String stability(int best, int worst, boolean unstable, String hinges, Locale locale) {
		return unstable ? text(locale, "typology.sensitivity.unstable.flag", hinges)
				: best != worst ? text(locale, "typology.sensitivity.oneplace", hinges) : text(locale, "typology.sensitivity.stable");
	}

	private static String range(int best, int worst) {
		return best == worst ? String.valueOf(best) : best + "–" + worst;
	}

	private String hinges(List<Long> ids, List<RankingFacts.Weight> weights, Locale locale) {
		return weights.stream()
			.filter(w -> ids.contains(w.criterionId()))
			.map(w -> criterionName(w.code(), w.name(), locale))
			.collect(Collectors.joining(", "));
	}

	private String production(TypeProfile p, Locale locale) {
		return p.production().stream()
			.map(x -> text(locale, "typology.production.line", text(locale, "commodity." + x.commodity()), x.central(),
					x.low() == null ? "—" : x.low(), x.high() == null ? "—" : x.high(), x.unit(), x.year(), x.percent()))
			.collect(Collectors.joining("; "));
	}

	private String criterionName(String code, String name, Locale locale) {
		return code != null ? text(locale, "typology.criterion." + code) : name;
	}

	/** A weight or a weighted score the reader's way (4.26, 4,26), without trailing zeros. */
	private static String plain(BigDecimal value, Locale locale) {
		if (value == null) {
			return "—";
		}
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value);
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
