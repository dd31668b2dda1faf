package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.openasm.registry.InspectionFixtures.aCitizenMiner;
import static org.openasm.registry.InspectionFixtures.aLicence;
import static org.openasm.registry.InspectionFixtures.anArtisanalCategory;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.signedInAsAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public register without signing in: a jurisdiction's licences with their EITI facts, holders'
 * names only once the settings allow it and never an operator's national ID, filters, the map that
 * answers for the box in view only, and the two exports streamed.
 * Three licences: two gold near (1°E, 10°N), one at (3°E, 11°N) revoked.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class PublicRegisterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	OperatorRepository operators;

	@Autowired
	LicenceCategoryManagement categories;

	@Autowired
	RegistrySettings settings;

	@Autowired
	LicenceRepository licences;

	@Autowired
	PlatformTransactionManager transactions;

	long ws;

	String nationalId;

	@BeforeEach
	void aJurisdictionWithThreeLicences() {
		ws = aJurisdiction(workspaces, "Register");
		nationalId = "NID-" + UUID.randomUUID().toString().substring(0, 8);
		long miner = aCitizenMiner(operators, ws, "Mariam Sawadogo", nationalId);
		long category = anArtisanalCategory(categories, ws, "Artisanal, gold");
		TransactionTemplate tx = new TransactionTemplate(transactions);
		aLicence(tx, settings, licences, ws, "ASM-2026-000001", miner, category, 1.0, 10.0);
		aLicence(tx, settings, licences, ws, "ASM-2026-000002", miner, category, 1.01, 10.0);
		long revoked = aLicence(tx, settings, licences, ws, "ASM-2026-000003", miner, category, 3.0, 11.0);
		tx.executeWithoutResult(s -> licences.findById(revoked).orElseThrow().changeStatus(LicenceStatus.REVOKED, settings.lock(ws).nextSpatialSeq()));
	}

	@Test
	void anyoneSeesTheLicencesButHolderNamesOnlyOnceTheSettingsAllowAndNeverAnIdNumber() throws Exception {
		mvc.perform(get("/public/register/{ws}", ws))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ASM-2026-000001")))
			.andExpect(content().string(containsString("Artisanal, gold")))
			.andExpect(content().string(containsString("3 licences")))
			.andExpect(content().string(containsString("holders’ names are not published")))
			.andExpect(content().string(not(containsString("Mariam Sawadogo"))))
			.andExpect(content().string(not(containsString(nationalId))));
		mvc.perform(get("/api/v1/workspaces/{ws}/registry/settings", ws).with(asAdmin())).andExpect(jsonPath("$.holderNamesPublic").value(false));

		mvc.perform(put("/api/v1/workspaces/{ws}/registry/settings", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"holderNamesPublic\":true}")).andExpect(status().isOk()).andExpect(jsonPath("$.holderNamesPublic").value(true));
		mvc.perform(get("/public/register/{ws}?lang=fr", ws))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mariam Sawadogo")))
			.andExpect(content().string(containsString("Retiré")))
			.andExpect(content().string(not(containsString(nationalId))));

		// The settings page turns it off again.
		mvc.perform(get("/workspaces/{ws}/registry/settings", ws).with(signedInAsAdmin())).andExpect(content().string(containsString("checked")));
		mvc.perform(post("/workspaces/{ws}/registry/settings", ws).with(signedInAsAdmin()).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/register/{ws}", ws)).andExpect(content().string(not(containsString("Mariam Sawadogo"))));
		mvc.perform(get("/public/workspaces/{ws}", ws)).andExpect(content().string(containsString("/public/register/" + ws)));
	}

	@Test
	void theRegisterFiltersByStatusAndTheIndexLeadsToIt() throws Exception {
		mvc.perform(get("/public/register/{ws}?status=REVOKED", ws))
			.andExpect(content().string(containsString("One licence")))
			.andExpect(content().string(containsString("ASM-2026-000003")))
			.andExpect(content().string(not(containsString("ASM-2026-000001"))));
		mvc.perform(get("/public/register/{ws}?status=ACTIVE&commodity=DIAMONDS", ws)).andExpect(content().string(containsString("No licence")));
		MvcResult index = mvc.perform(get("/public/register")).andReturn();
		String where = index.getResponse().getRedirectedUrl();
		if (where != null) {
			assertThat(where).isEqualTo("/public/register/" + ws);
		}
		else {
			assertThat(index.getResponse().getContentAsString()).contains("/public/register/" + ws);
		}
		mvc.perform(get("/public/register/{ws}", 987654321L)).andExpect(status().isNotFound());
	}

	@Test
	void theMapAnswersOnlyForTheBoxInView() throws Exception {
		String near = mvc.perform(get("/public/register/{ws}/map?bbox=0.9,9.9,1.1,10.1", ws))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features", hasSize(2)))
			.andExpect(jsonPath("$.truncated").value(false))
			.andReturn().getResponse().getContentAsString();
		List<String> numbers = JsonPath.read(near, "$.features[*].properties.number");
		assertThat(numbers).containsExactlyInAnyOrder("ASM-2026-000001", "ASM-2026-000002");
		assertThat(near).doesNotContain("holder").contains("\"Polygon\"");
		mvc.perform(get("/public/register/{ws}/map?bbox=0,8,4,12&status=REVOKED", ws)).andExpect(jsonPath("$.features", hasSize(1)));
		mvc.perform(get("/public/register/{ws}/map?bbox=2,8,0,12", ws)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bbox"));
	}

	@Test
	void theExportsStreamEveryLicence() throws Exception {
		MvcResult csv = mvc.perform(get("/public/register/{ws}/licences.csv", ws)).andExpect(request().asyncStarted()).andReturn();
		String text = mvc.perform(asyncDispatch(csv))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(4);
		assertThat(lines[0]).isEqualTo(PublicRegister.CSV_HEADER);
		assertThat(lines[1]).startsWith("ASM-2026-000001,\"Artisanal, gold\",GOLD,ACTIVE,2026-01-01,2028-01-01,").contains("\"POLYGON ((1 10, ");
		assertThat(lines[3]).contains(",REVOKED,");
		assertThat(text).doesNotContain("Mariam");

		mvc.perform(put("/api/v1/workspaces/{ws}/registry/settings", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"holderNamesPublic\":true}")).andExpect(status().isOk());
		MvcResult geo = mvc.perform(get("/public/register/{ws}/licences.geojson", ws)).andExpect(request().asyncStarted()).andReturn();
		String json = mvc.perform(asyncDispatch(geo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> holders = JsonPath.read(json, "$.features[*].properties.holder");
		assertThat(holders).containsExactly("Mariam Sawadogo", "Mariam Sawadogo", "Mariam Sawadogo");
		assertThat(json).doesNotContain(nationalId);
	}
}
