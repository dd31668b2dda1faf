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

	SectorTypes(TypeProfiles profiles, Prioritisation priorities) {
		this.profiles = profiles;
		this.priorities = priorities;
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
