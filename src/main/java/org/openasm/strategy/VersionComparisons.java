package org.openasm.strategy;

import java.util.Locale;
import org.openasm.shared.DomainRuleViolation;
import org.springframework.context.MessageSource;

/** Reads the two sides a comparison names: a version number, or “draft” for the live strategy. */
final class VersionComparisons {

	static final String DRAFT = "draft";

	private VersionComparisons() {
	}

	static VersionComparison compare(long workspaceId, String left, String right, StrategyVersions versions, Snapshots snapshots,
			SnapshotText text, MessageSource messages, Locale locale) {
		StrategySnapshot l = side(workspaceId, "left", left, versions, snapshots, locale);
		StrategySnapshot r = side(workspaceId, "right", right, versions, snapshots, locale);
		return VersionComparison.of(label(left, messages, locale), l, label(right, messages, locale), r, text, locale);
	}

	private static StrategySnapshot side(long workspaceId, String field, String side, StrategyVersions versions, Snapshots snapshots,
			Locale locale) {
		if (DRAFT.equalsIgnoreCase(side)) {
			return snapshots.live(workspaceId, locale).snapshot();
		}
		int number;
		try {
			number = Integer.parseInt(side.strip());
		}
		catch (NumberFormatException ex) {
			throw new DomainRuleViolation(field, "strategy.compare.side.invalid", side);
		}
		if (versions.list(workspaceId).stream().noneMatch(v -> v.number() == number)) {
			throw new DomainRuleViolation(field, "strategy.compare.side.unknown", number);
		}
		return versions.snapshot(workspaceId, number, locale);
	}

	private static String label(String side, MessageSource messages, Locale locale) {
		return DRAFT.equalsIgnoreCase(side) ? messages.getMessage("strategy.compare.draft", null, locale)
				: messages.getMessage("strategy.compare.version", new Object[] { side.strip() }, locale);
	}
}
