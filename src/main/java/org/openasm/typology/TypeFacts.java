package org.openasm.typology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.context.Commodity;

/**
 * A sector type as the strategy step reads it: what defines it (per dimension key the accepted values;
 * {@code commodity}, {@code deposit}, {@code mechanisation}, {@code scale} or a user-defined dimension's
 * {@code d} and id), its sites and workers, the commodities, techniques and issues of its sites, and its
 * rank and weighted score in the latest recorded ranking (null when it was not ranked there).
 */
public record TypeFacts(long id, String name, String description, Map<String, Set<String>> dimensionValues, int sites, long women,
		long men, Set<Commodity> commodities, List<Long> techniqueIds, List<Long> issueIds, Integer recordedRank,
		BigDecimal recordedScore) {
}
