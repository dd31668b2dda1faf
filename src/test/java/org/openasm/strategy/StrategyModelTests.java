package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasm.registry.LicenceCategoryRemoved;
import org.openasm.support.Jurisdictions;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The strategy model as the coherence check reads it: every new jurisdiction gets the guidance's 19
 * instruments named in the reader's language, a strategy whose type is not (or no longer) a type of
 * the typology is listed as orphaned with its instruments, and a removed licence category is let go.
 */
@OpenAsmTest
class StrategyModelTests {

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	StrategyDraft draft;

	@Autowired
	InstrumentSeeding seeding;

	@Autowired
	InstrumentRepository instruments;

	@Autowired
	TypeStrategyRepository strategies;

	@Autowired
	ChosenInstrumentRepository chosen;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aNewJurisdictionHasTheNineteenInstrumentsOfTheGuidanceNamedInItsLanguage() {
		long ws = Jurisdictions.aJurisdiction(workspaces, "Instruments");

		Drafted english = draft.draft(ws, Locale.ENGLISH);
		assertThat(english.instruments()).hasSize(19).allSatisfy(i -> {
			assertThat(i.catalogued()).isTrue();
			assertThat(i.name()).isNotEqualTo(i.code());
			assertThat(i.description()).isNotBlank();
			assertThat(i.stages()).isNotEmpty();
			assertThat(i.issueKinds()).isNotEmpty();
		});
		assertThat(english.instruments()).filteredOn(Drafted.InstrumentFacts::transboundary)
			.extracting(Drafted.InstrumentFacts::code)
			.containsExactlyInAnyOrder("SUPPLY_CHAIN_INITIATIVES", "MONITORING_AND_ENFORCEMENT", "BUYING_SCHEME", "SECURITY");
		assertThat(english.instruments()).filteredOn(i -> "BUYING_SCHEME".equals(i.code()))
			.singleElement()
			.satisfies(i -> assertThat(i.name()).isEqualTo("State-sponsored buying scheme"));
		assertThat(draft.draft(ws, Locale.FRENCH).instruments()).filteredOn(i -> "BUYING_SCHEME".equals(i.code()))
			.singleElement()
			.satisfies(i -> assertThat(i.name()).isEqualTo("Dispositif d’achat soutenu par l’État"));
		assertThat(seeding.loadCatalogue(ws)).as("loading again adds nothing").isZero();
		assertThat(english.types()).isEmpty();
	}

	@Test
	void aWorkspaceMadeBeforeTheCatalogueGetsItWhenTheApplicationStarts() {
		long ws = Jurisdictions.aJurisdiction(workspaces, "Older workspace");
		tx.executeWithoutResult(s -> instruments.deleteAll(instruments.findByWorkspaceIdOrderById(ws).subList(0, 5)));
		assertThat(instruments.findByWorkspaceIdOrderById(ws)).hasSize(14);
		seeding.completeExistingWorkspaces();
		assertThat(instruments.findByWorkspaceIdOrderById(ws)).hasSize(19);
	}

	@Test
	void aStrategyWhoseTypeIsNotInTheTypologyIsOrphanedAndARemovedCategoryIsLetGo() {
		long ws = Jurisdictions.aJurisdiction(workspaces, "Orphans");
		long strategyId = tx.execute(s -> {
			TypeStrategy strategy = new TypeStrategy(ws, 987654L);
			strategy.decide(TypeDecision.ACT, null);
			strategy.economics(true, Set.of(3L, 1L), true, "Zones in the north", false, "No initiative yet", true, "Extension officers");
			strategy.impacts(ImpactsApproach.BOTH, "Regulate mercury, promote retorts");
			strategy.licensing(true, 42L, null);
			strategies.save(strategy);
			Instrument licensing = instruments.findByWorkspaceIdOrderById(ws)
				.stream()
				.filter(i -> "LICENSING".equals(i.getCode()))
				.findFirst()
				.orElseThrow();
			ChosenInstrument c = new ChosenInstrument(strategy, licensing);
			c.describe(Set.of(5L), Set.of(), Set.of(7L), Set.of(8L), 9L, new BigDecimal("12500.00"), Set.of(), "All pits licensed by 2028");
			chosen.save(c);
			return strategy.getId();
		});

		Drafted before = draft.draft(ws, Locale.ENGLISH);
		assertThat(before.types()).isEmpty();
		assertThat(before.orphaned()).singleElement().satisfies(o -> {
			assertThat(o.id()).isEqualTo(strategyId);
			assertThat(o.landAreaIds()).containsExactlyInAnyOrder(1L, 3L);
			assertThat(o.economicsComplete()).isTrue();
			assertThat(o.impactsComplete()).isTrue();
			assertThat(o.status()).isEqualTo(TypeStatus.COMPLETE);
			assertThat(o.licenceCategoryId()).isEqualTo(42L);
			assertThat(o.instruments()).singleElement().satisfies(c -> {
				assertThat(c.instrument().name()).isEqualTo("Licensing");
				assertThat(c.instrument().mode()).isEqualTo(InstrumentMode.REGULATE);
				assertThat(c.estimatedCost()).isEqualByComparingTo("12500");
				assertThat(c.target()).isEqualTo("All pits licensed by 2028");
			});
			assertThat(o.hasTransboundaryMeasure()).isFalse();
		});

		tx.executeWithoutResult(s -> events.publishEvent(new LicenceCategoryRemoved(ws, 42L)));
		assertThat(draft.draft(ws, Locale.ENGLISH).orphaned()).singleElement()
			.satisfies(o -> assertThat(o.licenceCategoryId()).isNull());
	}
}
