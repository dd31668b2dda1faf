package org.openasm.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;

/** Which issues apply to a type: by evidence at one of its sites, or by a technique practised there. */
class IssuesOfTypeTests {

	// Sites 7, 8 practise panning (technique 100, no issue); site 9 practises whole-ore amalgamation
	// (technique 200, bearing on MERCURY); site 10 practises panning only. Sites 7 to 10 mine gold; site 12
	// mines tin and also practises amalgamation; site 13 (commodity not known here) too.
	final IssuesOfType<String> rule = new IssuesOfType<>(
			Map.of(7L, Set.of(100L), 8L, Set.of(100L), 9L, Set.of(200L), 10L, Set.of(100L), 12L, Set.of(200L), 13L, Set.of(200L)),
			Map.of(100L, Set.of(), 200L, Set.of("MERCURY")), Map.of(7L, Commodity.GOLD, 8L, Commodity.GOLD, 9L, Commodity.GOLD, 10L,
					Commodity.GOLD, 12L, Commodity.TIN_TANTALUM_TUNGSTEN));

	final IssuesOfType.Issue<String> mercury = new IssuesOfType.Issue<>(1, "MERCURY", Set.of(7L));

	final IssuesOfType.Issue<String> childLabour = new IssuesOfType.Issue<>(2, "CHILD_LABOUR", Set.of(11L));

	@Test
	void anIssueAppliesWhenOneOfTheTypesSitesIsEvidenceForIt() {
		assertThat(rule.applies(Set.of(7L, 8L), mercury)).isTrue();
	}

	@Test
	void anIssueAppliesWhenATechniquePractisedAtOneOfTheSitesBearsOnItsKind() {
		assertThat(rule.applies(Set.of(9L), mercury)).isTrue();
	}

	@Test
	void aTechniqueBringsAnIssueOnlyAtSitesMiningWhatItsEvidenceMines() {
		// Mercury's evidence (site 7) is a gold site: tin site 12's amalgamation does not bring it.
		assertThat(rule.applies(Set.of(12L), mercury)).isFalse();
		// A site whose commodity is not known here is not held back.
		assertThat(rule.applies(Set.of(13L), mercury)).isTrue();
		// An issue without site evidence is about every commodity.
		assertThat(rule.applies(Set.of(12L), new IssuesOfType.Issue<>(3, "MERCURY", Set.of()))).isTrue();
	}

	@Test
	void anIssueDoesNotApplyOtherwise() {
		assertThat(rule.applies(Set.of(10L), mercury)).isFalse();
		assertThat(rule.applies(Set.of(7L, 8L, 9L, 10L), childLabour)).isFalse();
		assertThat(rule.applies(Set.of(), mercury)).isFalse();
	}

	@Test
	void theApplyingIssuesKeepTheirOrder() {
		assertThat(rule.applying(Set.of(9L, 11L), List.of(mercury, childLabour))).containsExactly(1L, 2L);
		assertThat(rule.applying(Set.of(10L), List.of(mercury, childLabour))).isEmpty();
	}
}
