package org.openasm.context;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openasm.documents.Block;
import org.openasm.geo.AreaInfo;
import org.openasm.workspace.Output;
import org.openasm.workspace.OutputContent;
import org.openasm.workspace.OutputProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The output “ASM Context Analysis”: the sector overview (recorded against estimated, every figure with
 * its source), the map of the sites drawn on the server, the capacity gaps, the supply chain diagram
 * with the mass balance, and the political economy. Its version counts the changes made to the
 * context records.
 */
@Component
class ContextOutput implements OutputProvider {

	private static final int LARGEST_GAPS = 10;

	private final SiteRegister sites;

	private final SectorFigures figures;

	private final CapacityAssessment capacity;

	private final ChainMap chain;

	private final ChainRegister chainRecords;

	private final PoliticalEconomy politics;

	private final ContextFigures pictures;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	ContextOutput(SiteRegister sites, SectorFigures figures, CapacityAssessment capacity, ChainMap chain, ChainRegister chainRecords,
			PoliticalEconomy politics, ContextFigures pictures, MessageSource messages, JdbcTemplate jdbc) {
		this.sites = sites;
		this.figures = figures;
		this.capacity = capacity;
		this.chain = chain;
		this.chainRecords = chainRecords;
		this.politics = politics;
		this.pictures = pictures;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@Override
	public Output output() {
		return Output.CONTEXT_ANALYSIS;
	}

	@Override
	public OutputContent content(long workspaceId, Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		List<AreaInfo> areas = figures.areas(workspaceId);
		Map<Long, String> areaNames = areas.stream().collect(Collectors.toMap(AreaInfo::id, AreaInfo::name));
		List<EstimateFacts> estimates = figures.estimates(workspaceId);
		SectorOverview overview = SectorOverview.of(sites.facts(workspaceId), estimates, areas);
		List<Block> blocks = new ArrayList<>();

		blocks.add(new Block.Heading(1, text(locale, "context.output.overview")));
		blocks.add(new Block.Paragraph(text(locale, "context.overview.totals", overview.sites(), overview.women(), overview.men(),
				overview.sitesWithMinors())));
		List<List<String>> rows = new ArrayList<>();
		for (SectorOverview.Row r : overview.byCommodity()) {
			rows.add(List.of(text(locale, "commodity." + r.commodity()), number.format(r.sites()),
					text(locale, "context.overview.workersValue", r.workers(), r.women(), r.men()),
					r.recordedShareOfEstimate().map(p -> p + " %").orElse("—"), estimate(r.miners(), number, locale),
					estimate(r.womenMiners(), number, locale)));
		}
		blocks.add(rows.isEmpty() ? new Block.Paragraph(text(locale, "context.overview.none"))
				: new Block.Table(List.of(text(locale, "context.overview.commodity"), text(locale, "context.overview.sites"),
						text(locale, "context.overview.workers"), text(locale, "context.overview.share"), text(locale, "context.overview.miners"),
						text(locale, "context.overview.womenMiners")), rows));
		blocks.add(new Block.Heading(2, text(locale, "context.output.figures")));
		List<List<String>> figureRows = estimates.stream()
			.map(e -> List.of(figure(e, locale), e.commodity() == null ? "—" : text(locale, "commodity." + e.commodity()),
					e.areaId() == null ? text(locale, "estimate.national") : areaNames.getOrDefault(e.areaId(), "—"), String.valueOf(e.year()),
					range(e, number) + " " + e.unit(), e.source(), text(locale, "estimateConfidence." + e.confidence())))
			.toList();
		blocks.add(figureRows.isEmpty() ? new Block.Paragraph(text(locale, "context.output.noFigures"))
				: new Block.Table(List.of(text(locale, "estimate.figure"), text(locale, "estimate.commodity"), text(locale, "estimate.area"),
						text(locale, "estimate.year"), text(locale, "context.output.value"), text(locale, "estimate.source"),
						text(locale, "estimate.confidence")), figureRows));

		blocks.add(new Block.Heading(1, text(locale, "context.output.map")));
		pictures.siteMap(workspaceId, locale).ifPresentOrElse(blocks::add,
				() -> blocks.add(new Block.Paragraph(text(locale, "context.overview.none"))));

		blocks.add(new Block.Heading(1, text(locale, "capacity.title")));
		List<CapacityGaps.Rated> gaps = CapacityGaps.largest(capacity.gaps(workspaceId), LARGEST_GAPS);
		blocks.add(gaps.isEmpty() ? new Block.Paragraph(text(locale, "capacity.gaps.none"))
				: new Block.Table(List.of(text(locale, "capacity.agency"), text(locale, "capacity.functions"),
						text(locale, "capacity.existingLevel"), text(locale, "capacity.neededLevel"), text(locale, "context.output.gap")),
						gaps.stream().map(g -> List.of(g.agency(), g.function(), String.valueOf(g.existing()), String.valueOf(g.needed()),
								String.valueOf(g.needed() - g.existing()))).toList()));
		List<String> unassessed = capacity.unassessedAgencies(workspaceId).stream().map(a -> a.name()).toList();
		if (!unassessed.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "capacity.unassessed")));
			blocks.add(new Block.BulletList(unassessed));
		}

		blocks.add(new Block.Heading(1, text(locale, "context.part.chain")));
		List<Commodity> chained = chainRecords.flows(workspaceId).stream().map(ChainFlow::getCommodity).distinct().sorted().toList();
		if (chained.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "massBalance.none")));
		}
		for (Commodity c : chained) {
			blocks.add(new Block.Heading(2, text(locale, "commodity." + c)));
			pictures.supplyChain(workspaceId, c, locale).ifPresent(blocks::add);
		}
		List<MassBalance> balances = chain.massBalances(workspaceId);
		if (!balances.isEmpty()) {
			blocks.add(new Block.Heading(2, text(locale, "massBalance.title")));
			List<List<String>> balanceRows = new ArrayList<>();
			for (MassBalance b : balances) {
				balanceRows.add(List.of(text(locale, "commodity." + b.commodity()), b.unit() == null ? "—" : b.unit(),
						b.hasEstimate() ? range(b.production().low(), b.production().central(), b.production().high(), number) + " ("
								+ b.production().year() + ", " + b.production().source() + ")" : text(locale, "context.output.noEstimate"),
						amount(b.minersOutflow(), number), share(b.informalShare()), share(b.crossBorderShare()),
						b.unaccounted() == null ? "—" : range(b.unaccounted().low(), b.unaccounted().central(), b.unaccounted().high(), number)));
			}
			blocks.add(new Block.Table(List.of(text(locale, "context.overview.commodity"), text(locale, "massBalance.unit"),
					text(locale, "context.output.production"), text(locale, "massBalance.minersOutflow"), text(locale, "context.output.informal"),
					text(locale, "context.output.crossBorder"), text(locale, "massBalance.unaccounted")), balanceRows));
			blocks.add(new Block.BulletList(List.of(text(locale, "massBalance.define.outflow"), text(locale, "massBalance.define.informal"),
					text(locale, "massBalance.define.leaving"), text(locale, "massBalance.define.crossBorder"),
					text(locale, "massBalance.define.unaccounted"), text(locale, "massBalance.define.units"))));
		}

		blocks.add(new Block.Heading(1, text(locale, "political.title")));
		List<PoliticalActor> actors = politics.actors(workspaceId);
		blocks.add(actors.isEmpty() ? new Block.Paragraph(text(locale, "context.output.noActors"))
				: new Block.Table(List.of(text(locale, "context.output.actor"), text(locale, "context.output.kind"),
						text(locale, "political.chart.influence"), text(locale, "political.chart.stance"), text(locale, "context.output.interests"),
						text(locale, "context.output.risks")),
						actors.stream().map(a -> List.of(a.getName(), text(locale, "politicalKind." + a.getKind()), String.valueOf(a.getInfluence()),
								text(locale, "politicalStance." + a.getStance()), orDash(a.getInterests()), orDash(a.getRiskNotes()))).toList()));
		return new OutputContent(String.valueOf(changeCount(workspaceId)), blocks);
	}

	private String figure(EstimateFacts e, Locale locale) {
		try {
			return text(locale, "estimateFigure." + EstimateFigure.valueOf(e.figure()));
		}
		catch (IllegalArgumentException notStandard) {
			return e.figure();
		}
	}

	private String estimate(java.util.Optional<EstimateFacts> estimate, NumberFormat number, Locale locale) {
		return estimate.map(e -> range(e, number) + " — " + text(locale, "context.overview.source", e.year(), e.source(),
				text(locale, "estimateConfidence." + e.confidence()))).orElse("—");
	}

	private static String range(EstimateFacts e, NumberFormat number) {
		return range(e.low(), e.central(), e.high(), number);
	}

	private static String range(BigDecimal low, BigDecimal central, BigDecimal high, NumberFormat number) {
		String value = amount(central, number);
		return low != null && high != null ? value + " [" + amount(low, number) + "–" + amount(high, number) + "]" : value;
	}

	private static String amount(BigDecimal value, NumberFormat number) {
		return value == null ? "—" : number.format(value);
	}

	private static String share(BigDecimal fraction) {
		return fraction == null ? "—" : fraction.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private long changeCount(long workspaceId) {
		Long count = jdbc.queryForObject("""
				select (select count(*) from context_site_aud where workspace_id = ?)
				     + (select count(*) from context_estimate_aud where workspace_id = ?)
				     + (select count(*) from context_capacity_rating_aud where workspace_id = ?)
				     + (select count(*) from context_chain_flow_aud where workspace_id = ?)
				     + (select count(*) from context_political_actor_aud where workspace_id = ?)
				""", Long.class, workspaceId, workspaceId, workspaceId, workspaceId, workspaceId);
		return count == null ? 0 : count;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
