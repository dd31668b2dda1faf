package org.openasm.strategy;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A snapshot written out for readers, as labelled lines: a type's strategy field by field and each of
 * its instruments in one line, the vision and goals, the licence categories. The version page, the
 * comparison and the output document all read a strategy through these lines, so they say the same.
 */
@Component
class SnapshotText {

	private final MessageSource messages;

	SnapshotText(MessageSource messages) {
		this.messages = messages;
	}

	/** A label and its value, both as the reader reads them. */
	record Line(String label, String value) {
	}

	/** The strategy of a type, field by field, then one line per instrument; a type without strategy says so. */
	List<Line> plan(StrategySnapshot.TypeEntry type, Locale locale) {
		List<Line> lines = new ArrayList<>(fields(type, locale));
		if (type.plan() != null) {
			for (StrategySnapshot.InstrumentEntry i : type.plan().instruments()) {
				lines.add(new Line(text(locale, "strategy.snapshot.instrument", i.name()), instrument(i, locale)));
			}
		}
		return lines;
	}

	/** The strategy of a type field by field, without its instruments. */
	List<Line> fields(StrategySnapshot.TypeEntry type, Locale locale) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(text(locale, "strategy.snapshot.rank"), type.rank() == null ? text(locale, "strategy.snapshot.unranked")
				: String.valueOf(type.rank())));
		StrategySnapshot.Plan p = type.plan();
		if (p == null) {
			lines.add(new Line(text(locale, "strategy.snapshot.decision"), text(locale, "strategy.snapshot.noStrategy")));
			return lines;
		}
		lines.add(new Line(text(locale, "strategy.snapshot.decision"), text(locale, "strategy.snapshot.decision." + p.decision())));
		lines.add(new Line(text(locale, "strategy.snapshot.decisionReason"), orDash(p.decisionReason())));
		String land = yesNo(p.allocateLand(), locale);
		if (Boolean.TRUE.equals(p.allocateLand()) && !p.landAreas().isEmpty()) {
			land = text(locale, p.landExclusive() ? "strategy.snapshot.landExclusive" : "strategy.snapshot.landShared",
					String.join(", ", p.landAreas()));
		}
		lines.add(new Line(text(locale, "strategy.snapshot.land"), land));
		lines.add(new Line(text(locale, "strategy.snapshot.landRationale"), orDash(p.landRationale())));
		lines.add(new Line(text(locale, "strategy.snapshot.supplyChain"), yesNo(p.supplyChain(), locale)));
		lines.add(new Line(text(locale, "strategy.snapshot.supplyChainRationale"), orDash(p.supplyChainRationale())));
		lines.add(new Line(text(locale, "strategy.snapshot.services"), yesNo(p.services(), locale)));
		lines.add(new Line(text(locale, "strategy.snapshot.servicesRationale"), orDash(p.servicesRationale())));
		lines.add(new Line(text(locale, "strategy.snapshot.impacts"),
				p.impactsApproach() == null ? text(locale, "strategy.snapshot.undecided") : text(locale, "strategy.snapshot.impacts." + p.impactsApproach())));
		lines.add(new Line(text(locale, "strategy.snapshot.impactsRationale"), orDash(p.impactsRationale())));
		lines.add(new Line(text(locale, "strategy.snapshot.licensed"), yesNo(p.licensed(), locale)));
		lines.add(new Line(text(locale, "strategy.snapshot.category"), orDash(p.category())));
		lines.add(new Line(text(locale, "strategy.snapshot.categoryReason"), orDash(p.categoryReason())));
		lines.add(new Line(text(locale, "strategy.snapshot.transboundary"), orDash(p.transboundaryMeasure())));
		return lines;
	}

	/** One instrument in a line: its mode, what it moves away from and towards, the goals, the lead, the cost and the target. */
	String instrument(StrategySnapshot.InstrumentEntry i, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(text(locale, "strategy.snapshot.mode." + i.mode()) + (i.transboundary() ? " · " + text(locale, "strategy.snapshot.transboundaryFlag") : ""));
		if (!i.awayFrom().isEmpty()) {
			parts.add(text(locale, "strategy.snapshot.awayFrom", String.join(", ", i.awayFrom())));
		}
		if (!i.towards().isEmpty()) {
			parts.add(text(locale, "strategy.snapshot.towards", String.join(", ", i.towards())));
		}
		if (!i.goals().isEmpty()) {
			parts.add(text(locale, "strategy.snapshot.goals", String.join("; ", i.goals())));
		}
		if (!i.issues().isEmpty()) {
			parts.add(text(locale, "strategy.snapshot.issues", String.join("; ", i.issues())));
		}
		parts.add(text(locale, "strategy.snapshot.lead", i.leadAgency() == null ? text(locale, "strategy.snapshot.noLead") : i.leadAgency()));
		if (i.estimatedCost() != null) {
			parts.add(text(locale, "strategy.snapshot.cost", amount(i.estimatedCost(), locale)));
		}
		if (i.target() != null && !i.target().isBlank()) {
			parts.add(text(locale, "strategy.snapshot.target", i.target()));
		}
		return String.join(" — ", parts);
	}

	/** The vision statement, each goal, and each licence category in a line. */
	List<Line> overall(StrategySnapshot s, Locale locale) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(text(locale, "strategy.snapshot.vision"), s.vision() == null ? text(locale, "strategy.snapshot.noVision") : s.vision()));
		lines.add(new Line(text(locale, "strategy.snapshot.goals.label"),
				joinedOrDash(s.goals().stream().map(StrategySnapshot.Goal::title).toList(), "; ")));
		for (StrategySnapshot.Category c : s.categories()) {
			lines.add(new Line(text(locale, "strategy.snapshot.categoryLine", c.name()), category(c, locale)));
		}
		return lines;
	}

	String category(StrategySnapshot.Category c, Locale locale) {
		return text(locale, "strategy.snapshot.categoryFacts", text(locale, "registry.eligibility." + c.eligibility()),
				c.maxAreaHectares() == null ? "—" : amount(c.maxAreaHectares(), locale), c.durationMonths(),
				text(locale, c.zonesOnly() ? "strategy.snapshot.zonesOnly" : "strategy.snapshot.anywhere"),
				c.applicationFee() == null ? "—" : amount(c.applicationFee(), locale), c.annualFee() == null ? "—" : amount(c.annualFee(), locale));
	}

	/** The profile of a type in lines: sites and workers, commodities, techniques practised with their grades, issues. */
	List<Line> profile(StrategySnapshot.Profile p, Locale locale) {
		if (p == null) {
			return List.of();
		}
		return List.of(new Line(text(locale, "strategy.snapshot.sites"), text(locale, "strategy.snapshot.sitesValue", p.sites(), p.women() + p.men(),
				p.women(), p.men())),
				new Line(text(locale, "strategy.snapshot.commodities"), joinedOrDash(p.commodities(), ", ")),
				new Line(text(locale, "strategy.snapshot.techniques"), joinedOrDash(p.techniques(), "; ")),
				new Line(text(locale, "strategy.snapshot.issuesOfType"), joinedOrDash(p.issues(), "; ")));
	}

	/** An amount the reader's way, without trailing zeros (250 000, 250,000). */
	static String amount(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value);
	}

	static Map<String, String> asMap(List<Line> lines) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		lines.forEach(l -> map.put(l.label(), l.value()));
		return map;
	}

	private String yesNo(Boolean value, Locale locale) {
		return value == null ? text(locale, "strategy.snapshot.undecided") : text(locale, value ? "strategy.snapshot.yes" : "strategy.snapshot.no");
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private static String joinedOrDash(List<String> values, String separator) {
		return values.isEmpty() ? "—" : String.join(separator, values);
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
