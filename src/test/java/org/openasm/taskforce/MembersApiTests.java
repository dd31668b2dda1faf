package org.openasm.taskforce;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.memberJson;
import static org.openasm.support.Jurisdictions.ministries;
import static org.openasm.support.Jurisdictions.number;
import static org.openasm.support.Jurisdictions.seat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What bad or repeated input to the task-force API gets: a clear refusal, never a half-written or doubled record. */
@OpenAsmTest
@AutoConfigureMockMvc
class MembersApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	long workspace;

	Map<String, Long> ministry;

	@BeforeEach
	void aJurisdictionWithItsMinistries() throws Exception {
		workspace = aJurisdiction(workspaces, "Members");
		ministry = ministries(mvc, workspace);
	}

	ResultActions addMember(String json, String idempotencyKey, String language) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/taskforce/members", workspace).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return mvc.perform(request);
	}

	ResultActions members() throws Exception {
		return mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/members", workspace).with(asAdmin()));
	}

	@Autowired
	Agencies agencies;

	@Test
	void theAgenciesOnTheTaskForceAreThoseWithAMember() throws Exception {
		org.assertj.core.api.Assertions.assertThat(agencies.represented(workspace)).isEmpty();
		org.openasm.support.Jurisdictions.seat(mvc, workspace, "Ngozi Okafor", ministry.get("MINING"), "CHAIR");
		org.openasm.support.Jurisdictions.seat(mvc, workspace, "Amadou Diallo", ministry.get("MINING"), "MEMBER");
		org.openasm.support.Jurisdictions.seat(mvc, workspace, "Grace Mensah", ministry.get("LAND"), "MEMBER");

		org.assertj.core.api.Assertions.assertThat(agencies.represented(workspace))
			.containsExactlyInAnyOrder(ministry.get("MINING"), ministry.get("LAND"));
	}

	@Test
	void aStaleEditIsRefusedWithWhoChangedItAndWhen() throws Exception {
		long id = seat(mvc, workspace, "Ngozi Okafor", ministry.get("MINING"), "SECRETARIAT");
		mvc.perform(put("/api/v1/workspaces/{ws}/taskforce/members/{id}", workspace, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberJson("Ngozi Okafor", ministry.get("MINING"), "SECRETARIAT", "Head, ASM Unit", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(put("/api/v1/workspaces/{ws}/taskforce/members/{id}", workspace, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberJson("Ngozi Okafor-Bello", ministry.get("MINING"), "SECRETARIAT", null, 0L)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail", startsWith("Changed by admin at ")))
			.andExpect(jsonPath("$.changedBy").value("admin"))
			.andExpect(jsonPath("$.changedAt").isNotEmpty());

		mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/members/{id}", workspace, id).with(asAdmin()))
			.andExpect(jsonPath("$.fullName").value("Ngozi Okafor"))
			.andExpect(jsonPath("$.position").value("Head, ASM Unit"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void aRetriedAddWithTheSameIdempotencyKeyCreatesOneMemberAndAnswersWithTheSameId() throws Exception {
		String key = UUID.randomUUID().toString();
		String json = memberJson("Fatoumata Diarra", ministry.get("LAND"), "MEMBER", "Land Registrar", null);
		long first = number(addMember(json, key, null).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
		long second = number(addMember(json, key, null).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
			.getContentAsString(), "$.id");
		org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
		members().andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(first));

		addMember(memberJson("Fatoumata Diarra", ministry.get("ENVIRONMENT"), "MEMBER", null, null), UUID.randomUUID().toString(),
				null)
			.andExpect(status().isCreated());
		members().andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void aBlankNameAndNoAgencyAreRefusedNamingBothFields() throws Exception {
		addMember("{\"fullName\":\"  \",\"role\":\"MEMBER\"}", null, null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("fullName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("agencyId")))
			.andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message").value("must be filled in"));
		members().andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void refusalsAreInFrenchForAFrenchSpeakingCaller() throws Exception {
		String body = addMember("{\"fullName\":\"\",\"agencyId\":" + ministry.get("MINING") + "}", null, "fr")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Saisie invalide"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(body).contains("\"field\":\"fullName\"").contains("doit être renseigné");
	}

	@Test
	void anAgencyThatIsNotInThisJurisdictionIsRefusedNamingTheAgencyField() throws Exception {
		addMember(memberJson("Jean-Baptiste Mbemba", 987654321L, "MEMBER", null, null), null, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("agencyId"))
			.andExpect(jsonPath("$.detail", containsString("987654321")));

		long elsewhere = aJurisdiction(workspaces, "Members elsewhere");
		long foreignMinistry = ministries(mvc, elsewhere).get("ENVIRONMENT");
		addMember(memberJson("Jean-Baptiste Mbemba", foreignMinistry, "MEMBER", null, null), null, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("agencyId"));
		members().andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aBodyThatIsNotJsonIsABadRequestProblem() throws Exception {
		addMember("{\"fullName\": \"Amara", null, null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", endsWith("/unreadable")))
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON of the expected shape."));
		addMember("{\"fullName\":\"Amara\",\"agencyId\":" + ministry.get("MINING") + ",\"role\":\"EMPEROR\"}", null, null)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aSecondChairIsRefusedNamingTheCurrentChair() throws Exception {
		seat(mvc, workspace, "Amara Kéïta", ministry.get("MINING"), "CHAIR");
		String body = addMember(memberJson("Esi Mensah", ministry.get("FINANCE"), "CHAIR", null, null), null, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(body).contains("Amara Kéïta already chairs the task force");
		members().andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void theSamePersonCannotSitTwiceForTheSameAgency() throws Exception {
		seat(mvc, workspace, "Łukasz Nowak-Ondo", ministry.get("WATER"), "MEMBER");
		addMember(memberJson("łukasz nowak-ondo", ministry.get("WATER"), "MEMBER", null, null), null, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fullName"));
	}

	@Test
	void aSecondAgencyWithTheSameNameIsRefused() throws Exception {
		String mines = agencyName("MINING");
		mvc.perform(post("/api/v1/workspaces/{ws}/taskforce/agencies", workspace).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" " + mines.toUpperCase() + " \",\"kind\":\"OTHER\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/agencies", workspace).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(7));
	}

	@Test
	void anAgencyWithMembersCannotBeRemovedButAnEmptyOneCan() throws Exception {
		seat(mvc, workspace, "Fatoumata Diarra", ministry.get("LAND"), "MEMBER");
		mvc.perform(delete("/api/v1/workspaces/{ws}/taskforce/agencies/{id}", workspace, ministry.get("LAND")).with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("agencyId"))
			.andExpect(jsonPath("$.detail", containsString("still has members")));
		mvc.perform(delete("/api/v1/workspaces/{ws}/taskforce/agencies/{id}", workspace, ministry.get("LABOUR")).with(asAdmin()))
			.andExpect(status().isNoContent());
		Map<String, Long> left = ministries(mvc, workspace);
		org.assertj.core.api.Assertions.assertThat(left).containsKey("LAND").doesNotContainKey("LABOUR");
	}

	String agencyName(String kind) throws Exception {
		String body = mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/agencies", workspace).with(asAdmin()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.List<String> names = com.jayway.jsonpath.JsonPath.read(body, "$[?(@.kind == '" + kind + "')].name");
		return names.get(0);
	}
}
