package org.openasm.typology;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Criteria, weights, scores and recorded rankings, each change in one transaction and guarded by its rules. */
@Service
class Prioritisation {

	/** The five criteria the guidance names, seeded in this order with weight 1. */
	static final List<String> DEFAULT_CRITERIA = List.of("SEVERITY", "POSITIVE_IMPACT", "PEOPLE", "TRACTABILITY", "COST_FEASIBILITY");

	private final CriterionRepository criteria;

	private final ScoreRepository scores;

	private final SectorTypeRepository types;

	private final RankingRepository rankings;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	Prioritisation(CriterionRepository criteria, ScoreRepository scores, SectorTypeRepository types, RankingRepository rankings,
			WorkspaceManagement workspaces, SubmissionGuard guard) {
		this.criteria = criteria;
		this.scores = scores;
		this.types = types;
		this.rankings = rankings;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	/** The variation p, in percent: 1 to 100, or the default when not given. */
	static int percent(Integer p) {
		if (p == null) {
			return Sensitivity.DEFAULT_PERCENT;
		}
		if (p < 1 || p > 100) {
			throw new DomainRuleViolation("p", "typology.sensitivity.p.range", p);
		}
		return p;
	}

	@Transactional(readOnly = true)
	Analysis analysis(long workspaceId, Integer p) {
		return new Analysis(criteria(workspaceId), types.findByWorkspaceIdOrderByName(workspaceId), scores.findByWorkspaceId(workspaceId),
				percent(p));
	}

	@Transactional(readOnly = true)
	List<Criterion> criteria(long workspaceId) {
		return criteria.findByWorkspaceIdOrderBySortOrderAscIdAsc(workspaceId);
	}

	@Transactional(readOnly = true)
	Criterion criterion(long workspaceId, long criterionId) {
		return criteria.findByIdAndWorkspaceId(criterionId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("PriorityCriterion", criterionId));
	}

	@Transactional
	void seed(long workspaceId) {
		for (int i = 0; i < DEFAULT_CRITERIA.size(); i++) {
			Criterion c = new Criterion(workspaceId, DEFAULT_CRITERIA.get(i), i + 1);
			c.describe(null, null, java.math.BigDecimal.ONE);
			criteria.save(c);
		}
	}

	@Transactional
	long addCriterion(long workspaceId, CriterionForm form) {
		return Long.parseLong(guard.once(form.getToken(), "typology-criterion:" + workspaceId,
				Arrays.asList(form.getName(), form.getHint(), form.getWeight()), () -> {
					workspaces.get(workspaceId);
					int next = criteria(workspaceId).stream().mapToInt(Criterion::getSortOrder).max().orElse(0) + 1;
					Criterion c = new Criterion(workspaceId, null, next);
					describe(workspaceId, c, form);
					return criteria.save(c).getId().toString();
				}));
	}

	@Transactional
	void editCriterion(long workspaceId, long criterionId, CriterionForm form) {
		Criterion c = criterion(workspaceId, criterionId);
		c.checkVersion(form.getVersion());
		describe(workspaceId, c, form);
		criteria.flush();
	}

	/** A criterion goes with its scores; the last one stays, since a ranking needs a criterion. */
	@Transactional
	void removeCriterion(long workspaceId, long criterionId) {
		Criterion c = criterion(workspaceId, criterionId);
		if (criteria(workspaceId).size() == 1) {
			throw new DomainRuleViolation(null, "typology.criterion.last");
		}
		scores.deleteAll(scores.findByCriterionId(criterionId));
		scores.flush();
		criteria.delete(c);
	}

	private void describe(long workspaceId, Criterion c, CriterionForm form) {
		if (form.getWeight() == null || form.getWeight().signum() <= 0) {
			throw new DomainRuleViolation("weight", "typology.criterion.weight.positive");
		}
		if (c.getCode() == null) {
			String name = form.getName() == null ? "" : form.getName().strip();
			if (name.isEmpty()) {
				throw new DomainRuleViolation("name", "typology.criterion.name.required");
			}
			boolean taken = criteria(workspaceId).stream()
				.anyMatch(o -> !o.getId().equals(c.getId()) && o.getName() != null && o.getName().equalsIgnoreCase(name));
			if (taken) {
				throw new DomainRuleViolation("name", "typology.criterion.name.taken", name);
			}
			c.describe(name, form.getHint(), form.getWeight());
		}
		else {
			c.describe(null, null, form.getWeight());
		}
	}

	@Transactional(readOnly = true)
	Optional<Score> score(long workspaceId, long typeId, long criterionId) {
		type(workspaceId, typeId);
		criterion(workspaceId, criterionId);
		return scores.findByTypeIdAndCriterionId(typeId, criterionId);
	}

	/** Scores a type on a criterion; changing a score needs the version it was read at, a first score none. */
	@Transactional
	Score setScore(long workspaceId, long typeId, long criterionId, ScoreForm form) {
		type(workspaceId, typeId);
		criterion(workspaceId, criterionId);
		if (form.getScore() == null || form.getScore() < 1 || form.getScore() > 5) {
			throw new DomainRuleViolation("score", "typology.score.range");
		}
		if (form.getRationale() == null || form.getRationale().isBlank()) {
			throw new DomainRuleViolation("rationale", "typology.score.rationale.required");
		}
		Optional<Score> existing = scores.findByTypeIdAndCriterionId(typeId, criterionId);
		if (existing.isPresent()) {
			existing.get().checkVersion(form.getVersion());
		}
		else if (form.getVersion() != null) {
			throw new DomainRuleViolation("version", "typology.score.gone");
		}
		Score s = existing.orElseGet(() -> new Score(workspaceId, typeId, criterionId));
		s.set(form.getScore(), form.getRationale());
		return scores.saveAndFlush(s);
	}

	private SectorType type(long workspaceId, long typeId) {
		return types.findByIdAndWorkspaceId(typeId, workspaceId).orElseThrow(() -> new RecordNotFoundException("SectorType", typeId));
	}

	/** The latest recorded ranking. */
	@Transactional(readOnly = true)
	Optional<RecordedRanking> recorded(long workspaceId) {
		return rankings.findFirstByWorkspaceIdOrderByIdDesc(workspaceId);
	}

	/** Whether the latest recorded ranking was made from other weights or scores than today's. */
	@Transactional(readOnly = true)
	boolean outOfDate(long workspaceId, RecordedRanking ranking) {
		return !ranking.getFingerprint().equals(analysis(workspaceId, null).fingerprint());
	}

	/**
	 * Records the ranking as it stands, with its sensitivity to p %. At least one type must be ranked;
	 * the same submission twice records once.
	 */
	@Transactional
	long record(long workspaceId, Integer p, String token) {
		int percent = percent(p);
		return Long.parseLong(guard.once(token, "typology-ranking:" + workspaceId, List.of(percent), () -> {
			workspaces.get(workspaceId);
			Analysis analysis = analysis(workspaceId, percent);
			if (analysis.getPlaces().isEmpty()) {
				throw new DomainRuleViolation(null, "typology.ranking.nothing");
			}
			return rankings.save(new RecordedRanking(workspaceId, percent, analysis.fingerprint(), analysis.snapshot().json()))
				.getId()
				.toString();
		}));
	}

	@Transactional(readOnly = true)
	RecordedRanking recording(long workspaceId, long rankingId) {
		return rankings.findById(rankingId)
			.filter(r -> r.getWorkspaceId() == workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("RecordedRanking", rankingId));
	}
}
