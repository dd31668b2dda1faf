package org.openasm.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.typology.TypeAssignment.Outcome;
import org.openasm.typology.TypeAssignment.TypeRule;

/** The assignment rule, case by case, each checkable by hand. */
class TypeAssignmentTests {

	static final TypeRule GOLD = new TypeRule(1, "Gold", Map.of("commodity", Set.of("GOLD")));

	static final TypeRule ALLUVIAL_GOLD = new TypeRule(2, "Alluvial gold",
			Map.of("commodity", Set.of("GOLD"), "deposit", Set.of("ALLUVIAL")));

	static final TypeRule MANUAL_ALLUVIAL = new TypeRule(3, "Manual alluvial",
			Map.of("deposit", Set.of("ALLUVIAL"), "mechanisation", Set.of("MANUAL")));

	static Map<String, String> site(String commodity, String deposit, String mechanisation) {
		return Map.of("commodity", commodity, "deposit", deposit, "mechanisation", mechanisation, "scale", "ARTISANAL");
	}

	@Test
	void theMostSpecificMatchingTypeWins() {
		// Alluvial gold (2 dimensions) beats gold (1) for a semi-mechanised alluvial gold site.
		var result = TypeAssignment.assign(List.of(GOLD, ALLUVIAL_GOLD), site("GOLD", "ALLUVIAL", "SEMI_MECHANISED"));
		assertThat(result.outcome()).isEqualTo(Outcome.TYPED);
		assertThat(result.typeId()).isEqualTo(2L);
	}

	@Test
	void aLessSpecificTypeTakesWhatTheOthersRefuse() {
		// Hard-rock gold is not alluvial: only "gold" matches.
		var result = TypeAssignment.assign(List.of(GOLD, ALLUVIAL_GOLD), site("GOLD", "HARD_ROCK", "MANUAL"));
		assertThat(result.typeId()).isEqualTo(1L);
	}

	@Test
	void aTieAtTheTopIsAmbiguousAndNamesTheTiedTypes() {
		// A manual alluvial gold site matches alluvial gold (2) and manual alluvial (2): tie.
		var result = TypeAssignment.assign(List.of(GOLD, ALLUVIAL_GOLD, MANUAL_ALLUVIAL), site("GOLD", "ALLUVIAL", "MANUAL"));
		assertThat(result.outcome()).isEqualTo(Outcome.AMBIGUOUS);
		assertThat(result.typeId()).isNull();
		assertThat(result.tied()).containsExactly(2L, 3L);
	}

	@Test
	void aTieBelowTheTopDoesNotMatter() {
		TypeRule alsoGold = new TypeRule(4, "Also gold", Map.of("commodity", Set.of("GOLD")));
		var result = TypeAssignment.assign(List.of(GOLD, alsoGold, ALLUVIAL_GOLD), site("GOLD", "ALLUVIAL", "MANUAL"));
		assertThat(result.typeId()).isEqualTo(2L);
	}

	@Test
	void noMatchIsUnassigned() {
		var result = TypeAssignment.assign(List.of(GOLD, ALLUVIAL_GOLD), site("SALT", "OTHER", "MANUAL"));
		assertThat(result.outcome()).isEqualTo(Outcome.UNASSIGNED);
		assertThat(result.tied()).isEmpty();
	}

	@Test
	void aTypeAcceptingSeveralValuesTakesAnyOfThem() {
		TypeRule machines = new TypeRule(5, "Machines", Map.of("mechanisation", Set.of("SEMI_MECHANISED", "MECHANISED")));
		assertThat(TypeAssignment.assign(List.of(machines), site("GOLD", "ALLUVIAL", "MECHANISED")).typeId()).isEqualTo(5L);
		assertThat(TypeAssignment.assign(List.of(machines), site("GOLD", "ALLUVIAL", "MANUAL")).outcome()).isEqualTo(Outcome.UNASSIGNED);
	}

	@Test
	void aSiteWithoutAValueOnAConstrainedDimensionDoesNotMatch() {
		// "d7" is a user-defined dimension the site has no value on.
		TypeRule protectedArea = new TypeRule(6, "In protected areas", Map.of("d7", Set.of("yes")));
		var result = TypeAssignment.assign(List.of(protectedArea), site("GOLD", "ALLUVIAL", "MANUAL"));
		assertThat(result.outcome()).isEqualTo(Outcome.UNASSIGNED);
		var withValue = new java.util.HashMap<>(site("GOLD", "ALLUVIAL", "MANUAL"));
		withValue.put("d7", "yes");
		assertThat(TypeAssignment.assign(List.of(protectedArea), withValue).typeId()).isEqualTo(6L);
	}

	@Test
	void aTypeConstrainingNothingTakesEverySiteNoOtherTakes() {
		TypeRule rest = new TypeRule(8, "Everything else", Map.of());
		assertThat(TypeAssignment.assign(List.of(rest, GOLD), site("SALT", "OTHER", "MANUAL")).typeId()).isEqualTo(8L);
		assertThat(TypeAssignment.assign(List.of(rest, GOLD), site("GOLD", "OTHER", "MANUAL")).typeId()).isEqualTo(1L);
	}

	@Test
	void theAcceptedValuesSurviveTheirColumn() {
		var accepted = Map.of("deposit", Set.of("TAILINGS", "ALLUVIAL"), "commodity", Set.of("GOLD"));
		String encoded = Dimensions.encode(accepted);
		assertThat(encoded).isEqualTo("commodity=GOLD\ndeposit=ALLUVIAL|TAILINGS");
		assertThat(Dimensions.decode(encoded)).isEqualTo(accepted);
		assertThat(Dimensions.decode("")).isEmpty();
	}
}
