package org.openasm.strategy;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coherence check as the strategy pages of step 2.3 show it, so it runs each time they open: on
 * the hub the counts, the first findings and where the versions stand; on a type's page the findings
 * about that type.
 */
@Component
class CoherenceSummary {

	static final int FIRST = 3;

	private final StrategyVersions versions;

	private final MessageSource messages;

	CoherenceSummary(StrategyVersions versions, MessageSource messages) {
		this.versions = versions;
		this.messages = messages;
	}

	/** Counts, the first few findings (blocking first), and the version status. */
	record Summary(long blocking, long warnings, List<FindingView> first, StrategyVersions.Status status) {

		public boolean isClean() {
			return blocking == 0 && warnings == 0;
		}

		public long getMore() {
			return blocking + warnings - first.size();
		}
	}

	/** The hub's summary of the live strategy the page has read once ({@code live}). */
	@Transactional(readOnly = true)
	Summary hub(long workspaceId, Snapshots.Checked live, Locale locale) {
		CoherenceReport report = live.report();
		List<FindingView> first = FindingView.of(report.findings().stream().limit(FIRST).toList(), messages, locale);
		return new Summary(report.blockingCount(), report.warningCount(), first, versions.status(workspaceId, live));
	}

	/** The findings of {@code report} about one type, as its page shows them. */
	List<FindingView> about(CoherenceReport report, long typeId, Locale locale) {
		return FindingView.of(report.about(typeId), messages, locale);
	}
}
