package org.openasm.typology;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Step 2.2 over the API in a jurisdiction of four sites: A (gold, alluvial, manual; 10 women, 30 men),
 * B (gold, alluvial, semi-mechanised; 5, 45), C (gold, hard rock, manual; 2, 18) and D (salt, 20, 0).
 * Types: “Alluvial gold” (gold + alluvial), “Manual alluvial” (alluvial + manual) and “Gold” (gold).
 * A matches all three but the first two tie at two dimensions: ambiguous. B goes to alluvial gold, C to
 * gold, and D matches nothing: unassigned.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class TypologyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	long ws;

	@BeforeEach
	void aJurisdictionWithFourSites() throws Exception {
		ws = aJurisdiction(workspaces, "Types");
		site("Site A", "GOLD", "ALLUVIAL", "MANUAL", 10, 30);
		site("Site B", "GOLD", "ALLUVIAL", "SEMI_MECHANISED", 5, 45);
		site("Site C", "GOLD", "HARD_ROCK", "MANUAL", 2, 18);
		site("Site D", "SALT", "OTHER", "MANUAL", 20, 0);
	}

	long site(String name, String commodity, String deposit, String mechanisation, int women, int men) throws Exception {
		String json = """
				{"name": "%s", "longitude": "1.5", "latitude": "10.5", "commodity": "%s", "depositType": "%s", "mechanisation": "%s",
				 "scale": "ARTISANAL", "women": %d, "men": %d, "minors": false, "legalStatus": "UNLICENSED", "impacts": [],
				 "observedOn": "2025-05-01", "observationSource": "District officer visit"}
				""".formatted(name, commodity, deposit, mechanisation, women, men);
		return number(mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	static String typeJson(String name, String accepted, Long version) {
		return """
				{"name": "%s", "description": "Defined with the task force", "accepted": %s, "version": %s}
				""".formatted(name, accepted, version);
	}

	ResultActions addType(String json, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/types", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	long type(String name, String accepted) throws Exception {
		return number(addType(typeJson(name, accepted, null), null).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	List<Long> criteria() throws Exception {
		List<Integer> ids = JsonPath.read(mvc.perform(get("/api/v1/workspaces/{ws}/types/criteria", ws).with(asAdmin()))
			.andReturn().getResponse().getContentAsString(), "$[*].id");
		return ids.stream().map(Integer::longValue).toList();
	}

	ResultActions score(long type, long criterion, String body) throws Exception {
		return mvc.perform(put("/api/v1/workspaces/{ws}/types/{t}/scores/{c}", ws, type, criterion).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	List<Map<String, Object>> steps() throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andReturn().getResponse().getContentAsString(), "$[?(@.code == '2.2')]");
	}

	@Test
	void everyNewWorkspaceHasTheGuidancesFiveCriteria() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/types/criteria", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].code").value("SEVERITY"))
			.andExpect(jsonPath("$[4].code").value("COST_FEASIBILITY"))
			.andExpect(jsonPath("$[2].weight").value(1.0));
		// Nothing is recorded yet: the step has not started, and the first check sends to the first type.
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andExpect(jsonPath("$[?(@.code == '2.2')].status").value(hasItem("NOT_STARTED")))
			.andExpect(jsonPath("$[?(@.code == '2.2')].missing[0]").value(hasItem(containsString("Define the types"))));
	}

	@Test
	void sitesAreTypedByTheMostSpecificTypeAndTheRestAreListedAsProblems() throws Exception {
		type("Alluvial gold", "{\"commodity\": [\"GOLD\"], \"deposit\": [\"ALLUVIAL\"]}");
		type("Manual alluvial", "{\"deposit\": [\"ALLUVIAL\"], \"mechanisation\": [\"MANUAL\"]}");
		long gold = type("Gold", "{\"commodity\": [\"gold\"]}");

		mvc.perform(get("/api/v1/workspaces/{ws}/types/problems", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sites").value(4))
			.andExpect(jsonPath("$.unassigned").value(1))
			.andExpect(jsonPath("$.ambiguous").value(1))
			.andExpect(jsonPath("$.problems[?(@.outcome == 'AMBIGUOUS')].values.commodity").value(hasItem("GOLD")))
			.andExpect(jsonPath("$.problems[?(@.outcome == 'UNASSIGNED')].values.commodity").value(hasItem("SALT")));
		mvc.perform(get("/api/v1/workspaces/{ws}/types", ws).with(asAdmin()))
			.andExpect(jsonPath("$[?(@.name == 'Alluvial gold')].sites").value(hasItem(1)))
			.andExpect(jsonPath("$[?(@.name == 'Alluvial gold')].men").value(hasItem(45)))
			.andExpect(jsonPath("$[?(@.name == 'Gold')].sites").value(hasItem(1)))
			.andExpect(jsonPath("$[?(@.name == 'Gold')].accepted.commodity[0]").value(hasItem("GOLD")));
		org.assertj.core.api.Assertions.assertThat(steps().get(0).get("missing").toString()).contains("2 of 4 sites are not typed");

		// An override needs a reason; with one, the salt site goes to “Gold” and only A is left.
		String sites = mvc.perform(get("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())).andReturn().getResponse().getContentAsString();
		List<Integer> saltIds = JsonPath.read(sites, "$[?(@.name == 'Site D')].id");
		long saltSite = saltIds.get(0);
		mvc.perform(post("/api/v1/workspaces/{ws}/types/overrides", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\": " + saltSite + ", \"typeId\": " + gold + ", \"reason\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/workspaces/{ws}/types/overrides", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\": 999999999, \"typeId\": " + gold + ", \"reason\": \"Recorded by mistake\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("siteId"));
		String override = "{\"siteId\": " + saltSite + ", \"typeId\": " + gold
				+ ", \"reason\": \"A gold buying post on the salt pans; the register will be corrected\"}";
		long id = number(mvc.perform(post("/api/v1/workspaces/{ws}/types/overrides", ws).with(asAdmin())
			.header("Idempotency-Key", "o-1").contentType(MediaType.APPLICATION_JSON).content(override))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/workspaces/{ws}/types/overrides", ws).with(asAdmin())
			.header("Idempotency-Key", "o-1").contentType(MediaType.APPLICATION_JSON).content(override))
			.andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/workspaces/{ws}/types/problems", ws).with(asAdmin()))
			.andExpect(jsonPath("$.unassigned").value(0))
			.andExpect(jsonPath("$.ambiguous").value(1));
		mvc.perform(get("/api/v1/workspaces/{ws}/types/{t}", ws, gold).with(asAdmin()))
			.andExpect(jsonPath("$.sites").value(2))
			.andExpect(jsonPath("$.women").value(22))
			.andExpect(jsonPath("$.men").value(18))
			.andExpect(jsonPath("$.commodities", hasSize(2)));
		// A type that overrides put sites in cannot go until they are removed.
		mvc.perform(delete("/api/v1/workspaces/{ws}/types/{t}", ws, gold).with(asAdmin())).andExpect(status().isUnprocessableContent());
		mvc.perform(delete("/api/v1/workspaces/{ws}/types/overrides/{o}", ws, id).with(asAdmin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/types/problems", ws).with(asAdmin())).andExpect(jsonPath("$.unassigned").value(1));

		// A site removed from the register takes its override with it.
		mvc.perform(post("/api/v1/workspaces/{ws}/types/overrides", ws).with(asAdmin())
			.header("Idempotency-Key", "o-2").contentType(MediaType.APPLICATION_JSON).content(override))
			.andExpect(status().isCreated());
		mvc.perform(delete("/api/v1/workspaces/{ws}/context/sites/{s}", ws, saltSite).with(asAdmin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/types/overrides", ws).with(asAdmin())).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/workspaces/{ws}/types/problems", ws).with(asAdmin()))
			.andExpect(jsonPath("$.sites").value(3))
			.andExpect(jsonPath("$.unassigned").value(0));
	}

	@Autowired
	SectorTypes sectorTypes;

	@Test
	void theTypesOfGivenSitesAreCountedAsTheTypingAssignsThem() throws Exception {
		long alluvial = type("Alluvial gold", "{\"commodity\": [\"GOLD\"], \"deposit\": [\"ALLUVIAL\"]}");
		long gold = type("Gold", "{\"commodity\": [\"GOLD\"]}");
		String sites = mvc.perform(get("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())).andReturn().getResponse().getContentAsString();
		java.util.function.Function<String, Long> id = name -> ((Number) JsonPath.<List<Object>>read(sites, "$[?(@.name == '" + name + "')].id").get(0))
			.longValue();

		// A and B are alluvial gold, C is gold, D (salt) has no type.
		Map<Long, Integer> counts = sectorTypes.typeCounts(ws, List.of(id.apply("Site A"), id.apply("Site B"), id.apply("Site C"),
				id.apply("Site D")));

		org.assertj.core.api.Assertions.assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(alluvial, 2, gold, 1));
		org.assertj.core.api.Assertions.assertThat(sectorTypes.typeCounts(ws, List.of(id.apply("Site C")))).containsExactlyEntriesOf(Map.of(gold, 1));
		org.assertj.core.api.Assertions.assertThat(sectorTypes.typeCounts(ws, List.of())).isEmpty();
	}

	@Test
	void aTypeIsCreatedOnceAndRefusedWithAnUnknownDimensionOrValue() throws Exception {
		String json = typeJson("Alluvial gold", "{\"commodity\": [\"GOLD\"], \"deposit\": [\"ALLUVIAL\"]}", null);
		long id = number(addType(json, "t-1").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		addType(json, "t-1").andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/workspaces/{ws}/types", ws).with(asAdmin())).andExpect(jsonPath("$", hasSize(1)));

		addType(typeJson("Diamonds", "{\"commodity\": [\"DIAMONDS\", \"EMERALD\"]}", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("accepted[commodity]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("EMERALD")));
		addType(typeJson("Colour", "{\"colour\": [\"red\"]}", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("accepted[colour]"));
		addType(typeJson("alluvial GOLD", "{}", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));

		// Edits carry the version they were made on: a stale one gets 409.
		mvc.perform(put("/api/v1/workspaces/{ws}/types/{t}", ws, id).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(typeJson("Alluvial gold", "{\"commodity\": [\"GOLD\"], \"deposit\": [\"ALLUVIAL\", \"TAILINGS\"]}", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted.deposit", hasSize(2)));
		mvc.perform(put("/api/v1/workspaces/{ws}/types/{t}", ws, id).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(typeJson("Alluvial gold", "{\"commodity\": [\"GOLD\"]}", 0L)))
			.andExpect(status().isConflict());
	}

	@Test
	void scoresAndWeightsAreCheckedAndTheRankingIsRecordedAndGoesOutOfDate() throws Exception {
		long alluvial = type("Alluvial gold", "{\"commodity\": [\"GOLD\"], \"deposit\": [\"ALLUVIAL\"]}");
		long other = type("Everything else", "{}");
		List<Long> criteria = criteria();

		score(alluvial, criteria.get(0), "{\"score\": 0, \"rationale\": \"Mercury\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("score"));
		score(alluvial, criteria.get(0), "{\"score\": 6, \"rationale\": \"Mercury\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("score"));
		score(alluvial, criteria.get(0), "{\"score\": 5, \"rationale\": \"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rationale"));
		mvc.perform(put("/api/v1/workspaces/{ws}/types/criteria/{c}", ws, criteria.get(0)).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 0, \"version\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("weight"));
		mvc.perform(put("/api/v1/workspaces/{ws}/types/criteria/{c}", ws, criteria.get(0)).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"weight\": -2, \"version\": 0}"))
			.andExpect(status().isBadRequest());

		// Alluvial gold 5, 4, 4, 3, 3 and everything else 2 on each criterion, weights 1: 3.80 and 2.00.
		int[] first = { 5, 4, 4, 3, 3 };
		for (int i = 0; i < criteria.size(); i++) {
			score(alluvial, criteria.get(i), "{\"score\": " + first[i] + ", \"rationale\": \"Field visits\"}").andExpect(status().isOk());
			if (i < 4) {
				score(other, criteria.get(i), "{\"score\": 2, \"rationale\": \"Small and scattered\"}").andExpect(status().isOk());
			}
		}
		mvc.perform(get("/api/v1/workspaces/{ws}/types/ranking", ws).with(asAdmin()))
			.andExpect(jsonPath("$.percent").value(20))
			.andExpect(jsonPath("$.ranked", hasSize(1)))
			.andExpect(jsonPath("$.ranked[0].score").value(3.8))
			.andExpect(jsonPath("$.unscoredTypeIds[0]").value(other));
		score(other, criteria.get(4), "{\"score\": 2, \"rationale\": \"Small and scattered\"}").andExpect(status().isOk());
		// A changed score needs the version read; an old one gets 409.
		score(other, criteria.get(4), "{\"score\": 3, \"rationale\": \"Cheap to reach\", \"version\": 0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		score(other, criteria.get(4), "{\"score\": 1, \"rationale\": \"Costly\", \"version\": 0}").andExpect(status().isConflict());
		score(other, criteria.get(4), "{\"score\": 1, \"rationale\": \"Costly\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));

		mvc.perform(get("/api/v1/workspaces/{ws}/types/ranking", ws).with(asAdmin()).param("p", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("p"));
		mvc.perform(get("/api/v1/workspaces/{ws}/types/ranking/recorded", ws).with(asAdmin())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/workspaces/{ws}/types/ranking", ws).with(asAdmin()).param("p", "30").header("Idempotency-Key", "r-1"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.percent").value(30))
			.andExpect(jsonPath("$.outOfDate").value(false))
			.andExpect(jsonPath("$.ranked[0].name").value("Alluvial gold"))
			.andExpect(jsonPath("$.ranked[1].score").value(2.2))
			.andExpect(jsonPath("$.recordedBy").value("admin"));
		String recorded = mvc.perform(post("/api/v1/workspaces/{ws}/types/ranking", ws).with(asAdmin()).param("p", "30")
			.header("Idempotency-Key", "r-1")).andReturn().getResponse().getContentAsString();
		mvc.perform(get("/api/v1/workspaces/{ws}/types/ranking/recorded", ws).with(asAdmin()))
			.andExpect(jsonPath("$.id").value(number(recorded, "$.id")));

		// Changing a weight puts the recorded ranking out of date, on the API and in the step's checks.
		mvc.perform(put("/api/v1/workspaces/{ws}/types/criteria/{c}", ws, criteria.get(2)).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"weight\": 2.5, \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weight").value(2.5));
		mvc.perform(get("/api/v1/workspaces/{ws}/types/ranking/recorded", ws).with(asAdmin()))
			.andExpect(jsonPath("$.outOfDate").value(true));
		org.assertj.core.api.Assertions.assertThat(steps().get(0).get("missing").toString()).contains("record it again");
	}

	@Test
	void aUserDefinedDimensionsValuesComeByCsvAllOrNothingAndTypesCanUseThem() throws Exception {
		long dimension = number(mvc.perform(post("/api/v1/workspaces/{ws}/types/dimensions", ws).with(asAdmin())
			.header("Idempotency-Key", "d-1").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Protected area\", \"values\": [\"inside\", \"outside\"]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String sites = mvc.perform(get("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())).andReturn().getResponse().getContentAsString();
		int a = JsonPath.<List<Integer>>read(sites, "$[?(@.name == 'Site A')].id").get(0);
		int b = JsonPath.<List<Integer>>read(sites, "$[?(@.name == 'Site B')].id").get(0);

		mvc.perform(post("/api/v1/workspaces/{ws}/types/dimensions/{d}/import", ws, dimension).with(asAdmin())
			.contentType("text/csv").content("site_id,value\n" + a + ",inside\nabc,outside\n" + b + ",nearby\n999999999,inside\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].field").value("rows[3].site_id"))
			.andExpect(jsonPath("$.errors[1].field").value("rows[4].value"))
			.andExpect(jsonPath("$.errors[2].field").value("rows[5].site_id"));
		mvc.perform(get("/api/v1/workspaces/{ws}/types/dimensions/{d}/values", ws, dimension).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(post("/api/v1/workspaces/{ws}/types/dimensions/{d}/import", ws, dimension).with(asAdmin())
			.contentType("text/csv").content("site_id;value\n" + a + ";Inside\n" + b + ";outside\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.set").value(2));

		// "Alluvial gold in protected areas" (3 dimensions) takes A over "Alluvial gold" (2); B stays alluvial gold.
		type("Alluvial gold", "{\"commodity\": [\"GOLD\"], \"deposit\": [\"ALLUVIAL\"]}");
		type("Alluvial gold in protected areas", "{\"commodity\": [\"GOLD\"], \"deposit\": [\"ALLUVIAL\"], \"d" + dimension + "\": [\"inside\"]}");
		mvc.perform(get("/api/v1/workspaces/{ws}/types", ws).with(asAdmin()))
			.andExpect(jsonPath("$[?(@.name == 'Alluvial gold in protected areas')].women").value(hasItem(10)))
			.andExpect(jsonPath("$[?(@.name == 'Alluvial gold')].women").value(hasItem(5)));
		addType(typeJson("Protected", "{\"d" + dimension + "\": [\"maybe\"]}", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("accepted[d" + dimension + "]"));
		// A value a type accepts cannot be dropped, nor the dimension removed.
		mvc.perform(put("/api/v1/workspaces/{ws}/types/dimensions/{d}", ws, dimension).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Protected area\", \"values\": [\"outside\"], \"version\": 0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("values"));
		mvc.perform(delete("/api/v1/workspaces/{ws}/types/dimensions/{d}", ws, dimension).with(asAdmin()))
			.andExpect(status().isUnprocessableContent());
		// One value set by hand: changing it needs its version.
		mvc.perform(put("/api/v1/workspaces/{ws}/types/dimensions/{d}/values", ws, dimension).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"siteId\": " + b + ", \"value\": \"inside\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/workspaces/{ws}/types/dimensions/{d}/values", ws, dimension).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"siteId\": " + b + ", \"value\": \"inside\", \"version\": 0}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/workspaces/{ws}/types", ws).with(asAdmin()))
			.andExpect(jsonPath("$[?(@.name == 'Alluvial gold in protected areas')].sites").value(hasItem(2)));
	}
}
