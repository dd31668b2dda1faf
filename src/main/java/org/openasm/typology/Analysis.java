package org.openasm.typology;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prioritisation as it stands: the criteria with their weights, the types, every score, the
 * ranking of the types scored on every criterion, and the sensitivity of that ranking to a variation
 * of p % on each weight.
 */
public final class Analysis {

	private final List<Criterion> criteria;

	private final List<SectorType> types;

	private final Map<Long, Map<Long, Score>> scores;

	private final List<Ranking.Place> places;

	private final Map<Long, Sensitivity.Range> ranges;

	private final List<SectorType> unscored;

	private final int percent;

	Analysis(List<Criterion> criteria, List<SectorType> types, List<Score> scoreList, int percent) {
		this.criteria = criteria;
		this.types = types;
		this.percent = percent;
		this.scores = new HashMap<>();
		Map<Long, Map<Long, Integer>> values = new HashMap<>();
		for (Score s : scoreList) {
			scores.computeIfAbsent(s.getTypeId(), k -> new HashMap<>()).put(s.getCriterionId(), s);
			values.computeIfAbsent(s.getTypeId(), k -> new HashMap<>()).put(s.getCriterionId(), s.getScore());
		}
		List<Long> criterionIds = criteria.stream().map(Criterion::getId).toList();
		List<Long> complete = Ranking.complete(types.stream().map(SectorType::getId).toList(), criterionIds, values);
		Map<Long, BigDecimal> weights = new LinkedHashMap<>();
		criteria.forEach(c -> weights.put(c.getId(), c.getWeight()));
		this.places = criteria.isEmpty() ? List.of() : Ranking.rank(complete, weights, values);
		this.ranges = new HashMap<>();
		if (!criteria.isEmpty()) {
			Sensitivity.of(complete, weights, values, percent).forEach(r -> ranges.put(r.typeId(), r));
		}
		this.unscored = types.stream().filter(t -> criteria.isEmpty() || !complete.contains(t.getId())).toList();
	}

	public List<Criterion> getCriteria() {
		return criteria;
	}

	public List<SectorType> getTypes() {
		return types;
	}

	/** The score of a type on a criterion, or null when not scored. */
	public Score score(long typeId, long criterionId) {
		return scores.getOrDefault(typeId, Map.of()).get(criterionId);
	}

	/** The ranked types, best first. */
	public List<Ranking.Place> getPlaces() {
		return places;
	}

	public Optional<Ranking.Place> place(long typeId) {
		return places.stream().filter(p -> p.typeId() == typeId).findFirst();
	}

	public Sensitivity.Range range(long typeId) {
		return ranges.get(typeId);
	}

	/** Types not scored on every criterion: not ranked. */
	public List<SectorType> getUnscored() {
		return unscored;
	}

	public int getPercent() {
		return percent;
	}

	public SectorType type(long typeId) {
		return types.stream().filter(t -> t.getId() == typeId).findFirst().orElseThrow();
	}

	public Criterion criterion(long criterionId) {
		return criteria.stream().filter(c -> c.getId() == criterionId).findFirst().orElseThrow();
	}

	/** How many scores a type still lacks. */
	public int missing(long typeId) {
		return (int) criteria.stream().filter(c -> score(typeId, c.getId()) == null).count();
	}

	public boolean isAnyUnstable() {
		return ranges.values().stream().anyMatch(Sensitivity.Range::unstable);
	}

	/** What a recorded ranking keeps of this analysis. */
	RankingSnapshot snapshot() {
		List<RankingSnapshot.Weight> weights = criteria.stream()
			.map(c -> new RankingSnapshot.Weight(c.getId(), c.getCode(), c.getName(), c.getWeight()))
			.toList();
		List<RankingSnapshot.Line> lines = places.stream().map(p -> {
			Sensitivity.Range r = ranges.get(p.typeId());
			return new RankingSnapshot.Line(p.typeId(), type(p.typeId()).getName(), p.score(), p.rank(), r.best(), r.worst(), r.unstable(),
					r.hingesOn());
		}).toList();
		List<RankingSnapshot.ScoreLine> scoreLines = types.stream()
			.flatMap(t -> criteria.stream().map(c -> score(t.getId(), c.getId())))
			.filter(s -> s != null)
			.map(s -> new RankingSnapshot.ScoreLine(s.getTypeId(), s.getCriterionId(), s.getScore(), s.getRationale()))
			.toList();
		return new RankingSnapshot(percent, weights, lines, unscored.stream().map(SectorType::getName).toList(), scoreLines);
	}

	/**
	 * What the ranking is made of, as a digest: every weight and every score (not the rationales). A
	 * recorded ranking whose digest differs from the current one is out of date.
	 */
	String fingerprint() {
		StringBuilder text = new StringBuilder();
		criteria.stream().sorted(java.util.Comparator.comparing(Criterion::getId))
			.forEach(c -> text.append('c').append(c.getId()).append('=').append(c.getWeight().stripTrailingZeros().toPlainString()).append(';'));
		types.stream().sorted(java.util.Comparator.comparing(SectorType::getId)).forEach(t -> {
			text.append('t').append(t.getId()).append(';');
			criteria.stream().sorted(java.util.Comparator.comparing(Criterion::getId)).forEach(c -> {
				Score s = score(t.getId(), c.getId());
				text.append(s == null ? "-" : String.valueOf(s.getScore())).append(',');
			});
		});
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
