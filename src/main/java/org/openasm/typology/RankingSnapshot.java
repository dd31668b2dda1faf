package org.openasm.typology;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ranking frozen when recorded: the variation p, the weights, every score with its rationale, and
 * per ranked type its weighted score, rank and range of ranks under the sensitivity test; the types not
 * ranked for want of scores. Criteria carry their code (the guidance's five) or their name (added by users).
 */
record RankingSnapshot(int percent, List<Weight> weights, List<Line> lines, List<String> unscored, List<ScoreLine> scores) {

	record Weight(long criterionId, String code, String name, BigDecimal weight) {
	}

	record Line(long typeId, String name, BigDecimal score, int rank, int best, int worst, boolean unstable, List<Long> hingesOn) {
	}

	record ScoreLine(long typeId, long criterionId, int score, String rationale) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	String json() {
		return JSON.writeValueAsString(this);
	}

	static RankingSnapshot read(String json) {
		return JSON.readValue(json, RankingSnapshot.class);
	}
}
