package org.openasm.typology;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.context.Commodity;
import org.openasm.vision.IssueFacts;
import org.openasm.vision.TechniqueFacts;

/**
 * What a type is and holds, computed from the records: its sites and their workers by gender, the
 * commodities they mine, production apportioned from the latest estimates, the techniques practised at
 * its sites with their grades, the issues that apply ({@link IssuesOfType}) and the regions (level-1
 * areas) where its sites are.
 */
public record TypeProfile(long id, String name, String description, Map<String, Set<String>> accepted, long version, int sites,
		long women, long men, Set<Commodity> commodities, List<ApportionedProduction> production, List<TechniqueFacts> techniques,
		List<IssueFacts> issues, List<String> regions) {

	public long workers() {
		return women + men;
	}
}
