package org.openasm.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The façade later steps read: the catalogue seeded into every workspace, graded techniques, site links. */
@OpenAsmTest
@AutoConfigureMockMvc
class VisionRecordsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	VisionRecords records;

	@Autowired
	TechniqueRegister register;

	long ws;

	@BeforeEach
	void aFreshJurisdiction() {
		ws = aJurisdiction(workspaces, "Vision");
	}

	@Test
	void aNewWorkspaceHasTheReferenceCatalogueUngradedAndNamedInTheReadersLanguage() {
		List<TechniqueFacts> english = records.techniques(ws, Locale.ENGLISH);
		assertThat(english).hasSize(TechniqueCatalogue.ENTRIES.size()).allMatch(t -> t.grade() == null && t.code() != null);
		Map<String, TechniqueFacts> byCode = english.stream().collect(Collectors.toMap(TechniqueFacts::code, t -> t));
		assertThat(byCode.get("WHOLE_ORE_AMALGAMATION").name()).isEqualTo("Whole-ore amalgamation");
		assertThat(byCode.get("WHOLE_ORE_AMALGAMATION").commodities()).containsExactly(Commodity.GOLD);
		assertThat(byCode.get("WHOLE_ORE_AMALGAMATION").issues()).contains(IssueKind.MERCURY);
		for (String minamata : List.of("WHOLE_ORE_AMALGAMATION", "OPEN_BURNING_AMALGAM", "RESIDENTIAL_BURNING", "CYANIDE_ON_MERCURY_TAILINGS")) {
			assertThat(byCode.get(minamata).suggestedGrade()).as(minamata).isEqualTo(TechniqueGrade.UNACCEPTABLE);
		}
		assertThat(byCode.get("CHILD_LABOUR").stage()).isEqualTo(TechniqueStage.SITE_PRACTICE);
		assertThat(byCode.get("DEEP_PITS_NO_SUPPORT").suggestedGrade()).isEqualTo(TechniqueGrade.UNACCEPTABLE);
		assertThat(byCode.get("RETORT").suggestedGrade()).isEqualTo(TechniqueGrade.GOOD);
		assertThat(byCode.get("PROGRESSIVE_REHABILITATION").commodities()).isEmpty();
		assertThat(records.techniques(ws, Locale.FRENCH)).anyMatch(t -> t.name().equals("Amalgamation du minerai brut"));
		// Loading the catalogue again adds nothing.
		assertThat(register.loadCatalogue(ws)).isZero();
		assertThat(records.techniques(ws, Locale.ENGLISH)).hasSize(TechniqueCatalogue.ENTRIES.size());
	}

	@Test
	void techniquesBySiteListsTheRecordedSitesLinkedAndTheGradeWithItsRationale() throws Exception {
		long reef = VisionFixtures.site(mvc, ws, "Kobiya Reef", "GOLD", "HARD_ROCK", "MANUAL", 10, 40, null);
		long diggings = VisionFixtures.site(mvc, ws, "Sirawa Diggings", "GOLD", "ALLUVIAL", "MANUAL", 20, 30, null);
		VisionFixtures.site(mvc, ws, "Doro Quarry", "DEVELOPMENT_MINERALS", "OTHER", "MANUAL", 5, 5, null);
		long wholeOre = id("WHOLE_ORE_AMALGAMATION");
		long noSupport = id("DEEP_PITS_NO_SUPPORT");
		SiteSelection alluvialGold = new SiteSelection();
		alluvialGold.setCommodity(Commodity.GOLD);
		alluvialGold.setDepositType("ALLUVIAL");
		assertThat(register.addSites(ws, wholeOre, alluvialGold)).isEqualTo(1);
		assertThat(register.addSites(ws, wholeOre, alluvialGold)).as("already linked").isZero();
		register.practisedAt(ws, reef, Set.of(noSupport, wholeOre));

		assertThat(records.techniquesBySite(ws)).containsOnly(Map.entry(diggings, Set.of(wholeOre)),
				Map.entry(reef, Set.of(wholeOre, noSupport)));

		GradeForm grade = new GradeForm();
		grade.setGrade(TechniqueGrade.UNACCEPTABLE);
		grade.setRationale("Banned under the Minamata Convention");
		grade.setVersion(register.technique(ws, wholeOre).getVersion());
		register.grade(ws, wholeOre, grade);
		TechniqueFacts graded = records.techniques(ws, Locale.ENGLISH).stream().filter(t -> t.id() == wholeOre).findFirst().orElseThrow();
		assertThat(graded.grade()).isEqualTo(TechniqueGrade.UNACCEPTABLE);
		assertThat(graded.rationale()).isEqualTo("Banned under the Minamata Convention");
		assertThat(records.issues(ws)).isEmpty();
		assertThat(records.goals(ws)).isEmpty();
		assertThat(records.statement(ws)).isEmpty();
	}

	@Test
	void aRemovedSiteTakesItsTechniquesWithIt() throws Exception {
		long reef = VisionFixtures.site(mvc, ws, "Kobiya Reef", "GOLD", "HARD_ROCK", "MANUAL", 10, 40, null);
		long diggings = VisionFixtures.site(mvc, ws, "Sirawa Diggings", "GOLD", "ALLUVIAL", "MANUAL", 20, 30, null);
		long noSupport = id("DEEP_PITS_NO_SUPPORT");
		long wholeOre = id("WHOLE_ORE_AMALGAMATION");
		register.practisedAt(ws, reef, Set.of(noSupport));
		register.practisedAt(ws, diggings, Set.of(wholeOre));
		assertThat(register.practisedTechniqueIds(ws)).containsOnly(noSupport, wholeOre);

		mvc.perform(delete("/api/v1/workspaces/{ws}/context/sites/{id}", ws, reef).with(asAdmin())).andExpect(status().isNoContent());

		assertThat(records.techniquesBySite(ws)).containsOnly(Map.entry(diggings, Set.of(wholeOre)));
		assertThat(register.practisedTechniqueIds(ws)).containsOnly(wholeOre);
	}

	private long id(String code) {
		return records.techniques(ws, Locale.ENGLISH).stream().filter(t -> code.equals(t.code())).findFirst().orElseThrow().id();
	}
}
