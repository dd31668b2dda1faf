package org.openasm.typology;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What later steps (2.3 strategy per type) read of step 2.2: the types with their profiles, and the recorded ranking. */
@Service
public class SectorTypes {

	private final TypeProfiles profiles;

	private final Prioritisation priorities;

	private final SiteTyping typing;

	SectorTypes(TypeProfiles profiles, Prioritisation priorities, SiteTyping typing) {
		this.profiles = profiles;
		this.priorities = priorities;
		this.typing = typing;
	}

	/**
	 * How many of the given sites each type holds (type id to count), as the typing assigns them
	 * (overrides included); sites not typed, or not of this workspace, are not counted. One typing of the
	 * workspace, whatever the number of sites asked about.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> typeCounts(long workspaceId, java.util.Collection<Long> siteIds) {
		if (siteIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> typeOfSite = typing.typing(workspaceId, siteIds).typeOfSite();
		Map<Long, Integer> counts = new java.util.TreeMap<>();
		siteIds.stream().distinct().map(typeOfSite::get).filter(java.util.Objects::nonNull).forEach(t -> counts.merge(t, 1, Integer::sum));
		return counts;
	}

	/** The workspace's types, by name, each with its rank and score in the latest recorded ranking. */
	@Transactional(readOnly = true)
	public List<TypeFacts> types(long workspaceId) {
		Map<Long, RankingSnapshot.Line> recorded = new HashMap<>();
		priorities.recorded(workspaceId)
			.ifPresent(r -> RankingSnapshot.read(r.getSnapshot()).lines().forEach(l -> recorded.put(l.typeId(), l)));
		return profiles.profiles(workspaceId, Locale.ENGLISH).profiles().stream().map(p -> {
			RankingSnapshot.Line line = recorded.get(p.id());
			return new TypeFacts(p.id(), p.name(), p.description(), p.accepted(), p.sites(), p.women(), p.men(), p.commodities(),
					p.techniques().stream().map(t -> t.id()).toList(), p.issues().stream().map(i -> i.id()).toList(),
					line == null ? null : line.rank(), line == null ? null : line.score());
		}).toList();
	}

	/** The latest recorded ranking, saying whether weights or scores changed since. */
	@Transactional(readOnly = true)
	public Optional<RankingFacts> recordedRanking(long workspaceId) {
		return priorities.recorded(workspaceId).map(r -> facts(r, priorities.outOfDate(workspaceId, r)));
	}

	static RankingFacts facts(RecordedRanking r, boolean outOfDate) {
		RankingSnapshot s = RankingSnapshot.read(r.getSnapshot());
		return new RankingFacts(r.getId(), r.getCreatedAt(), r.getCreatedBy(), s.percent(), outOfDate,
				s.weights().stream().map(w -> new RankingFacts.Weight(w.criterionId(), w.code(), w.name(), w.weight())).toList(),
				s.lines()
					.stream()
					.map(l -> new RankingFacts.RankedType(l.typeId(), l.name(), l.score(), l.rank(), l.best(), l.worst(), l.unstable(),
							l.hingesOn()))
					.toList(),
				s.unscored());
	}
}
