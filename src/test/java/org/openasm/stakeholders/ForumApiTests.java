package org.openasm.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.openasm.stakeholders.ForumFixtures.addStakeholder;
import static org.openasm.stakeholders.ForumFixtures.attend;
import static org.openasm.stakeholders.ForumFixtures.body;
import static org.openasm.stakeholders.ForumFixtures.categories;
import static org.openasm.stakeholders.ForumFixtures.id;
import static org.openasm.stakeholders.ForumFixtures.input;
import static org.openasm.stakeholders.ForumFixtures.meeting;
import static org.openasm.stakeholders.ForumFixtures.respond;
import static org.openasm.stakeholders.ForumFixtures.stakeholder;
import static org.openasm.stakeholders.ForumFixtures.stakeholderJson;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What bad, stale or repeated calls to the forum API get: a refusal naming the field, never a half-written or doubled record. */
@OpenAsmTest
@AutoConfigureMockMvc
class ForumApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	long ws;

	Map<String, Long> category;

	@BeforeEach
	void aJurisdictionWithItsCategories() throws Exception {
		ws = aJurisdiction(workspaces, "Forum API");
		category = categories(mvc, ws);
	}

	ResultActions stakeholders() throws Exception {
		return mvc.perform(get("/api/v1/workspaces/{ws}/stakeholders", ws).with(asAdmin()));
	}

	int attendanceCount(long meeting) throws Exception {
		return com.jayway.jsonpath.JsonPath.<java.util.List<?>>read(body(mvc.perform(
				get("/api/v1/workspaces/{ws}/forum/meetings/{m}/attendance", ws, meeting).with(asAdmin()))), "$").size();
	}

	ResultActions importCsv(long meeting, String csv) throws Exception {
		return mvc.perform(post("/api/v1/workspaces/{ws}/forum/meetings/{m}/attendance/import", ws, meeting).with(asAdmin())
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aRetriedCreateWithTheSameKeyMakesOneStakeholderAndTheSameKeyForOtherContentIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		String json = stakeholderJson("Coopérative minière de Kamituga", category.get("MINERS_ASSOCIATIONS"), 4, 5, true, null, null);
		ResultActions created = addStakeholder(mvc, ws, json, key).andExpect(status().isCreated());
		long first = id(created);
		created.andExpect(header().string("Location", "/api/v1/workspaces/" + ws + "/stakeholders/" + first));
		long second = id(addStakeholder(mvc, ws, json, key).andExpect(status().is2xxSuccessful()));
		assertThat(second).isEqualTo(first);
		stakeholders().andExpect(jsonPath("$", hasSize(1)));

		addStakeholder(mvc, ws, stakeholderJson("Gold Traders Ltd", category.get("TRADERS_BUYERS"), 4, 5, false, null, null), key)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("token"));
		stakeholders().andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void refusalsNameTheFieldAndAFrenchCallerReadsThemInFrench() throws Exception {
		stakeholder(mvc, ws, "Association des femmes mineures", category.get("WOMENS_GROUPS"), true);
		addStakeholder(mvc, ws, stakeholderJson("association des femmes MINEURES ", category.get("WOMENS_GROUPS"), 3, 3, true, null, null),
				null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.detail").value("There is already a stakeholder called \"association des femmes MINEURES\"."));
		String french = body(mvc.perform(post("/api/v1/workspaces/{ws}/stakeholders", ws).with(asAdmin())
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(stakeholderJson("Association des femmes mineures", category.get("WOMENS_GROUPS"), 3, 3, true, null, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Refusé")));
		assertThat(french).contains("Une partie prenante « Association des femmes mineures » existe déjà.");

		addStakeholder(mvc, ws, stakeholderJson("Gold Traders Ltd", category.get("TRADERS_BUYERS"), 6, 3, false, null, null), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("influence"));
		addStakeholder(mvc, ws, stakeholderJson("Gold Traders Ltd", 987654321L, 3, 3, false, null, null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("categoryId"))
			.andExpect(jsonPath("$.detail", containsString("987654321")));
		addStakeholder(mvc, ws, stakeholderJson("Gold Traders Ltd", category.get("TRADERS_BUYERS"), 3, 3, false, "nobody-here", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("account"));
		stakeholders().andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void aResponseBeforeTheInputOrLinkedToNoRecordIsRefusedAndAStaleOneConflicts() throws Exception {
		long women = stakeholder(mvc, ws, "Association des femmes mineures", category.get("WOMENS_GROUPS"), true);
		LocalDate raised = LocalDate.now().minusDays(20);
		long input = input(mvc, ws, women, null, raised, "Childcare at meetings");

		respond(mvc, ws, input, "ACCEPTED", raised.minusDays(1), null, null, 0, "fr").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("respondedOn"))
			.andExpect(jsonPath("$.detail").value("La réponse ne peut pas précéder la contribution (" + raised + ")."));
		respond(mvc, ws, input, "ACCEPTED", raised, "Stakeholder", 987654321L, 0, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("linkedId"));
		respond(mvc, ws, input, "ACCEPTED", raised, "NoSuchRecordType", women, 0, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("linkedId"));
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/inputs/{i}", ws, input).with(asAdmin()))
			.andExpect(jsonPath("$.answered").value(false))
			.andExpect(jsonPath("$.version").value(0));

		respond(mvc, ws, input, "NOT_ACCEPTED", raised.plusDays(3), null, null, 0, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		respond(mvc, ws, input, "ACCEPTED", raised.plusDays(5), null, null, 0, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", startsWith("Changed by admin at ")));
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/inputs", ws).with(asAdmin()).param("open", "true"))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/inputs/{i}", ws, input).with(asAdmin()))
			.andExpect(jsonPath("$.response.decision").value("NOT_ACCEPTED"));
	}

	@Test
	void aStaleEditOfAStakeholderOrTheForumConflictsAndChangesNothing() throws Exception {
		long id = stakeholder(mvc, ws, "Communauté de Lugushwa", category.get("MINING_COMMUNITIES"), false);
		String edit = stakeholderJson("Communauté de Lugushwa", category.get("MINING_COMMUNITIES"), 2, 5, true, null, 0L);
		mvc.perform(put("/api/v1/workspaces/{ws}/stakeholders/{id}", ws, id).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(edit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quadrant").value("KEEP_INFORMED"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/workspaces/{ws}/stakeholders/{id}", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(stakeholderJson("Communauté de Kamituga", category.get("MINING_COMMUNITIES"), 5, 5, true, null, 0L)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.changedBy").value("admin"));
		mvc.perform(get("/api/v1/workspaces/{ws}/stakeholders/{id}", ws, id).with(asAdmin()))
			.andExpect(jsonPath("$.name").value("Communauté de Lugushwa"))
			.andExpect(jsonPath("$.influence").value(2));

		mvc.perform(put("/api/v1/workspaces/{ws}/forum", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"termsOfReference\": \"Advise.\", \"frequency\": \"QUARTERLY\", \"womenTarget\": 30, \"version\": 5}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/workspaces/{ws}/forum", ws).with(asAdmin())).andExpect(jsonPath("$.termsOfReference").doesNotExist());
	}

	@Test
	void aCsvWithBadRowsIsRefusedListingEveryRowAndNothingIsSavedAGoodOneIsImported() throws Exception {
		long miners = stakeholder(mvc, ws, "Coopérative minière de Kamituga", category.get("MINERS_ASSOCIATIONS"), true);
		long meeting = meeting(mvc, ws, LocalDate.now().minusDays(3), "Kamituga", null);
		attend(mvc, ws, meeting, "Amani Furaha", "WOMAN", null).andExpect(status().isCreated());
		assertThat(attendanceCount(meeting)).isEqualTo(1);

		importCsv(meeting, """
				nom;partie prenante;genre
				Jean-Pierre Mukendi;Coopérative minière de Kamituga;H
				Amani Furaha;;F
				Esther Bahati;Unknown Traders Ltd;F
				Neema Zawadi;;peut-être
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[3].name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[4].stakeholder")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[5].gender")));
		assertThat(attendanceCount(meeting)).isEqualTo(1);

		importCsv(meeting, "nom;partie prenante\nJean-Pierre Mukendi;\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rows[1].gender"));

		importCsv(meeting, """
				nom;partie prenante;genre
				Jean-Pierre Mukendi;Coopérative minière de Kamituga;H
				Aïssata Kéïta;;F
				""").andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(attendanceCount(meeting)).isEqualTo(3);
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/meetings/{m}", ws, meeting).with(asAdmin()))
			.andExpect(jsonPath("$.attendance[*].personName", hasItem("Aïssata Kéïta")))
			.andExpect(jsonPath("$.attendance[?(@.personName == 'Jean-Pierre Mukendi')].stakeholderId").value((int) miners))
			.andExpect(jsonPath("$.measures.women").value(2))
			.andExpect(jsonPath("$.measures.attendees").value(3))
			.andExpect(jsonPath("$.measures.absent", hasItem("COMMUNITIES")));

		attend(mvc, ws, meeting, "amani furaha", "WOMAN", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personName"));
		long planned = meeting(mvc, ws, LocalDate.now().plusDays(20), "Bukavu", null);
		attend(mvc, ws, planned, "Grace Mwamba", "WOMAN", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("meetingId"));
	}

	@Test
	void aDocumentIsStoredAndDownloadedByteForByteAndAnythingElseIsRefused() throws Exception {
		long meeting = meeting(mvc, ws, LocalDate.now().minusDays(3), "Kamituga", "Minutes.");
		byte[] pdf = java.util.Arrays.copyOf(DocumentTypesTests.PDF, 5000);
		pdf[4000] = 42;
		String created = body(mvc.perform(multipart("/api/v1/workspaces/{ws}/forum/meetings/{m}/documents", ws, meeting)
			.file(new MockMultipartFile("file", "Procès-verbal.pdf", "application/octet-stream", pdf))
			.with(asAdmin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.sizeBytes").value(5000)));
		long document = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();

		byte[] downloaded = mvc.perform(get("/api/v1/workspaces/{ws}/forum/documents/{d}", ws, document).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andExpect(header().string("Content-Disposition", containsString("Proc%C3%A8s-verbal.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);

		mvc.perform(multipart("/api/v1/workspaces/{ws}/forum/meetings/{m}/documents", ws, meeting)
			.file(new MockMultipartFile("file", "photo.pdf", "application/pdf", DocumentTypesTests.PNG))
			.with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/v1/workspaces/{ws}/forum/meetings/{m}/documents", ws, meeting)
			.file(new MockMultipartFile("file", "setup.exe", "application/octet-stream", pdf))
			.with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/meetings/{m}/documents", ws, meeting).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(1)));

		mvc.perform(delete("/api/v1/workspaces/{ws}/forum/meetings/{m}", ws, meeting).with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("meetingId"));
		mvc.perform(delete("/api/v1/workspaces/{ws}/forum/documents/{d}", ws, document).with(asAdmin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/documents/{d}", ws, document).with(asAdmin())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/workspaces/{ws}/forum/meetings/{m}", ws, meeting).with(asAdmin())).andExpect(status().isNoContent());
	}

	@Test
	void stakeholdersAreSearchedFilteredAndPlacedOnTheGrid() throws Exception {
		long miners = id(addStakeholder(mvc, ws, stakeholderJson("Coopérative minière de Kamituga", category.get("MINERS_ASSOCIATIONS"), 3,
				3, true, null, null), null));
		addStakeholder(mvc, ws, stakeholderJson("Gold Traders Ltd", category.get("TRADERS_BUYERS"), 5, 1, false, null, null), null);
		addStakeholder(mvc, ws, stakeholderJson("Association des femmes mineures", category.get("WOMENS_GROUPS"), 1, 5, true, null, null),
				null);
		addStakeholder(mvc, ws, stakeholderJson("Université de Bukavu", category.get("ACADEMIA"), 2, 2, false, null, null), null);

		mvc.perform(get("/api/v1/workspaces/{ws}/stakeholders", ws).with(asAdmin()).param("q", "MIN"))
			.andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("Association des femmes mineures",
					"Coopérative minière de Kamituga")));
		mvc.perform(get("/api/v1/workspaces/{ws}/stakeholders", ws).with(asAdmin()).param("categoryId",
				String.valueOf(category.get("TRADERS_BUYERS"))))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].category").value("Traders and buyers"));
		mvc.perform(get("/api/v1/workspaces/{ws}/stakeholders/grid", ws).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].quadrant").value("MANAGE_CLOSELY"))
			.andExpect(jsonPath("$[0].stakeholders[0].id").value((int) miners))
			.andExpect(jsonPath("$[1].stakeholders[0].name").value("Gold Traders Ltd"))
			.andExpect(jsonPath("$[2].stakeholders[0].name").value("Association des femmes mineures"))
			.andExpect(jsonPath("$[3].stakeholders[0].name").value("Université de Bukavu"));

		mvc.perform(get("/api/v1/workspaces/{ws}/stakeholders/categories", ws).with(asAdmin()).header("Accept-Language", "fr"))
			.andExpect(jsonPath("$[?(@.code == 'WOMENS_GROUPS')].label").value(hasItem(org.hamcrest.Matchers.startsWith("Groupements"))));
		mvc.perform(post("/api/v1/workspaces/{ws}/stakeholders/categories", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Religious leaders\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").doesNotExist())
			.andExpect(jsonPath("$.label").value("Religious leaders"));

		long meeting = meeting(mvc, ws, LocalDate.now().minusDays(3), "Kamituga", null);
		attend(mvc, ws, meeting, "Jean-Pierre Mukendi", "MAN", miners).andExpect(status().isCreated());
		mvc.perform(delete("/api/v1/workspaces/{ws}/stakeholders/{id}", ws, miners).with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("stakeholderId"));
		java.util.List<Number> academia = com.jayway.jsonpath.JsonPath.read(body(stakeholders()), "$[?(@.name == 'Université de Bukavu')].id");
		mvc.perform(delete("/api/v1/workspaces/{ws}/stakeholders/{id}", ws, academia.get(0)).with(asAdmin()))
			.andExpect(status().isNoContent());
		stakeholders().andExpect(jsonPath("$", hasSize(3)));
	}
}
