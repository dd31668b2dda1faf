package org.openasm.strategy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.audit.CurrentActor;
import org.openasm.shared.i18n.MessagesConfig;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finalised versions of the ASM Management Strategy. The live records are the draft; finalising
 * freezes them as version N (refused while the coherence check has a blocking finding, and a no-op
 * when nothing changed since the last version); a version never changes; the draft differs from the
 * last version when the digest of a fresh snapshot differs from the one stored with it.
 */
@Service
class StrategyVersions {

	/** The snapshots of one version, one per language the application speaks, as stored. */
	record Stored(List<StrategySnapshot> languages) {

		StrategySnapshot in(Locale locale) {
			return languages.stream().filter(s -> s.language().equals(locale.getLanguage())).findFirst().orElse(languages.get(0));
		}
	}

	/** A version as listed, without its snapshot. */
	record Line(int number, Instant finalisedAt, String finalisedBy, int warnings, String digest) {
	}

	/**
	 * Where the strategy stands: the latest version (null before any) and whether the live records
	 * differ from it, i.e. a new draft (number {@link #draftNumber()}) is in progress.
	 */
	record Status(Line latest, boolean draftChanged) {

		public int draftNumber() {
			return latest == null ? 1 : latest.number() + 1;
		}
	}

	/** What finalising did: made a new version, found the draft already final as that version, or refused for these blocking findings. */
	record Finalisation(Line version, boolean created, List<CoherenceFinding> refusedFor) {

		boolean refused() {
			return !refusedFor.isEmpty();
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StrategyVersionRepository versions;

	private final Snapshots snapshots;

	private final Clock clock;

	private final TransactionTemplate transactions;

	StrategyVersions(StrategyVersionRepository versions, Snapshots snapshots, Clock clock, PlatformTransactionManager transactions) {
		this.versions = versions;
		this.snapshots = snapshots;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Transactional(readOnly = true)
	List<Line> list(long workspaceId) {
		return versions.listing(workspaceId).stream().map(StrategyVersions::line).toList();
	}

	@Transactional(readOnly = true)
	Optional<Line> latest(long workspaceId) {
		return list(workspaceId).stream().findFirst();
	}

	/** The status, given the live strategy as already checked (its snapshot in any language: the digest is taken in English). */
	@Transactional(readOnly = true)
	Status status(long workspaceId) {
		return status(workspaceId, null);
	}

	/**
	 * The status, reusing {@code live} (the live strategy as a page already built it) when it is in
	 * English, the language of the digest, so the strategy is read once instead of twice.
	 */
	@Transactional(readOnly = true)
	Status status(long workspaceId, Snapshots.Checked live) {
		Optional<Line> latest = latest(workspaceId);
		if (latest.isEmpty()) {
			return new Status(null, true);
		}
		StrategySnapshot english = live != null && live.snapshot().language().equals(Locale.ENGLISH.getLanguage()) ? live.snapshot()
				: snapshots.live(workspaceId, Locale.ENGLISH).snapshot();
		return new Status(latest.get(), !english.digest().equals(latest.get().digest()));
	}

	@Transactional(readOnly = true)
	Line line(long workspaceId, int number) {
		return list(workspaceId).stream()
			.filter(l -> l.number() == number)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("StrategyVersion", number));
	}

	/** A version's snapshot in the reader's language (English if it was not kept in that one). */
	@Transactional(readOnly = true)
	StrategySnapshot snapshot(long workspaceId, int number, Locale locale) {
		StrategyVersion version = versions.findByWorkspaceIdAndNumber(workspaceId, number)
			.orElseThrow(() -> new RecordNotFoundException("StrategyVersion", number));
		return JSON.readValue(version.getSnapshot(), Stored.class).in(locale);
	}

	/**
	 * Finalises the live strategy: refused, listing the blocking findings in {@code locale}, while there
	 * are any; the latest version again if nothing changed since it; otherwise version N+1. Two requests
	 * at once make one version: the second finds the first's number taken and then the draft final.
	 */
	Finalisation finalise(long workspaceId, Locale locale) {
		try {
			return transactions.execute(tx -> finaliseOnce(workspaceId, locale));
		}
		catch (DataIntegrityViolationException ex) {
			return transactions.execute(tx -> finaliseOnce(workspaceId, locale));
		}
	}

	private Finalisation finaliseOnce(long workspaceId, Locale locale) {
		Snapshots.Checked reader = snapshots.live(workspaceId, locale);
		if (!reader.report().clean()) {
			return new Finalisation(null, false, reader.report().blocking());
		}
		List<StrategySnapshot> languages = new ArrayList<>();
		StrategySnapshot english = null;
		for (Locale language : MessagesConfig.SUPPORTED) {
			StrategySnapshot s = language.getLanguage().equals(locale.getLanguage()) ? reader.snapshot()
					: snapshots.live(workspaceId, language).snapshot();
			languages.add(s);
			if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
				english = s;
			}
		}
		String digest = english.digest();
		Optional<Line> latest = latest(workspaceId);
		if (latest.isPresent() && latest.get().digest().equals(digest)) {
			return new Finalisation(latest.get(), false, List.of());
		}
		int number = latest.map(l -> l.number() + 1).orElse(1);
		StrategyVersion saved = versions.saveAndFlush(new StrategyVersion(workspaceId, number, clock.instant(), CurrentActor.name(),
				(int) reader.report().warningCount(), digest, JSON.writeValueAsString(new Stored(languages))));
		return new Finalisation(new Line(saved.getNumber(), saved.getFinalisedAt(), saved.getFinalisedBy(), saved.getWarnings(),
				saved.getDigest()), true, List.of());
	}

	private static Line line(Object[] row) {
		return new Line(((Number) row[0]).intValue(), (Instant) row[1], (String) row[2], ((Number) row[3]).intValue(), (String) row[4]);
	}
}
