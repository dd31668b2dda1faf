package org.openasm.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.signedInAsAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The pages of step 2.1 as a browser uses them. */
@OpenAsmTest
@AutoConfigureMockMvc
class VisionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	VisionRecords records;

	long ws;

	@BeforeEach
	void aFreshJurisdiction() {
		ws = aJurisdiction(workspaces, "Vision pages");
	}

	@Test
	void theHubSaysWhatIsMissingAndTheStatementIsWrittenOnceFromARepeatedForm() throws Exception {
		mvc.perform(get("/workspaces/{ws}/vision", ws).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the vision statement")))
			.andExpect(content().string(containsString("Record at least one significant issue")));
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/workspaces/{ws}/vision/statement", ws).with(signedInAsAdmin()).with(csrf())
				.param("statement", "Safe, formal and mercury-free ASM.")
				.param("token", "form-1"))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(records.statement(ws)).contains("Safe, formal and mercury-free ASM.");
		mvc.perform(post("/workspaces/{ws}/vision/statement", ws).with(signedInAsAdmin()).with(csrf())
			.param("statement", "Edited on an old copy").param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reload")));
	}

	@Test
	void aGradeWithoutRationaleIsRefusedOnTheFormInTheReadersLanguage() throws Exception {
		long id = records.techniques(ws, Locale.ENGLISH).stream().filter(t -> "RETORT".equals(t.code())).findFirst().orElseThrow().id();
		mvc.perform(get("/workspaces/{ws}/vision/techniques/{t}", ws, id).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amalgam burned in a retort")))
			.andExpect(content().string(containsString("Recovers most of the mercury")));
		mvc.perform(post("/workspaces/{ws}/vision/techniques/{t}/grade", ws, id).with(signedInAsAdmin()).with(csrf())
			.header("Accept-Language", "fr")
			.param("grade", "GOOD").param("rationale", "").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Donnez la raison de cette appréciation.")));
		mvc.perform(post("/workspaces/{ws}/vision/techniques/{t}/grade", ws, id).with(signedInAsAdmin()).with(csrf())
			.param("grade", "GOOD").param("rationale", "Recovers mercury").param("version", "0"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aSitePageTicksTechniquesAndAnImportIsRefusedWholeOnThePage() throws Exception {
		long site = VisionFixtures.site(mvc, ws, "Kobiya Reef", "GOLD", "HARD_ROCK", "MANUAL", 10, 40, null);
		long pits = records.techniques(ws, Locale.ENGLISH).stream().filter(t -> "DEEP_PITS_NO_SUPPORT".equals(t.code())).findFirst()
			.orElseThrow().id();
		mvc.perform(post("/workspaces/{ws}/vision/sites/{s}", ws, site).with(signedInAsAdmin()).with(csrf())
			.param("techniqueIds", String.valueOf(pits)))
			.andExpect(status().is3xxRedirection());
		assertThat(records.techniquesBySite(ws).get(site)).containsExactly(pits);
		mvc.perform(get("/workspaces/{ws}/vision/sites/{s}", ws, site).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Techniques practised at Kobiya Reef")));
		MockMultipartFile bad = new MockMultipartFile("file", "links.csv", "text/csv",
				"site,technique\nKobiya Reef,CHILD_LABOUR\nGhost Pit,CHILD_LABOUR\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/workspaces/{ws}/vision/links/import", ws).file(bad).with(signedInAsAdmin()).with(csrf()))
			.andExpect(flash().attribute("importErrors", java.util.List.of("Row 3, site: No site named or numbered “Ghost Pit”.")));
		assertThat(records.techniquesBySite(ws).get(site)).containsExactly(pits);
		mvc.perform(get("/workspaces/{ws}/vision/prevalence", ws).with(signedInAsAdmin())).andExpect(status().isOk());
	}

	@Test
	void theGovernmentsOwnTechniqueIsChangedAndRemovedOnItsPageButACatalogueEntryIsNot() throws Exception {
		String location = mvc.perform(post("/workspaces/{ws}/vision/techniques/new", ws).with(signedInAsAdmin()).with(csrf())
			.param("name", "Sluicing with carpets").param("stage", "PROCESSING").param("commodities", "GOLD").param("token", "t-1"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get("/workspaces/{ws}/vision/techniques/{t}", ws, id).with(signedInAsAdmin()))
			.andExpect(content().string(containsString("id=\"edit-technique\"")))
			.andExpect(content().string(containsString("id=\"remove-technique\"")));
		mvc.perform(get("/workspaces/{ws}/vision/techniques/{t}/edit", ws, id).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change this technique")))
			.andExpect(content().string(containsString("value=\"Sluicing with carpets\"")));
		// A stale copy is refused on the form; the current version is saved.
		mvc.perform(post("/workspaces/{ws}/vision/techniques/{t}/edit", ws, id).with(signedInAsAdmin()).with(csrf())
			.param("name", "Sluicing with moquette").param("stage", "PROCESSING").param("version", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reload")));
		mvc.perform(post("/workspaces/{ws}/vision/techniques/{t}/edit", ws, id).with(signedInAsAdmin()).with(csrf())
			.param("name", "Sluicing with moquette").param("stage", "PROCESSING").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(records.techniques(ws, Locale.ENGLISH)).anyMatch(t -> t.id() == id && t.name().equals("Sluicing with moquette"));

		long retort = records.techniques(ws, Locale.ENGLISH).stream().filter(t -> "RETORT".equals(t.code())).findFirst().orElseThrow().id();
		mvc.perform(get("/workspaces/{ws}/vision/techniques/{t}", ws, retort).with(signedInAsAdmin()))
			.andExpect(content().string(not(containsString("id=\"edit-technique\""))));
		mvc.perform(get("/workspaces/{ws}/vision/techniques/{t}/edit", ws, retort).with(signedInAsAdmin()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/workspaces/{ws}/vision/techniques/{t}/delete", ws, id).with(signedInAsAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(records.techniques(ws, Locale.ENGLISH)).noneMatch(t -> t.id() == id);
	}

	@Test
	void theEvidencePickerFindsSitesByNameInsteadOfListingTheWholeRegister() throws Exception {
		VisionFixtures.site(mvc, ws, "Kobiya Reef", "GOLD", "HARD_ROCK", "MANUAL", 10, 40, null);
		VisionFixtures.site(mvc, ws, "Sirawa Diggings", "GOLD", "ALLUVIAL", "MANUAL", 20, 30, null);
		String location = mvc.perform(post("/workspaces/{ws}/vision/issues/new", ws).with(signedInAsAdmin()).with(csrf())
			.param("kind", "MERCURY").param("title", "Mercury at the diggings").param("significance", "HIGH")
			.param("rationale", "Seen at most gold sites").param("token", "i-1"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(signedInAsAdmin()))
			.andExpect(content().string(containsString(">Kobiya Reef</option>")))
			.andExpect(content().string(containsString(">Sirawa Diggings</option>")));
		mvc.perform(get(location).param("site", "sIRAwa").with(signedInAsAdmin()))
			.andExpect(content().string(containsString(">Sirawa Diggings</option>")))
			.andExpect(content().string(not(containsString(">Kobiya Reef</option>"))));
	}
}
