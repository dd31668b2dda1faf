package org.openasm.strategy;

import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.openasm.support.Jurisdictions;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A small jurisdiction for step 2.3, built through the API as a user would: one region, one manual
 * alluvial gold site practising whole-ore amalgamation (graded unacceptable), concentrate amalgamation
 * without a retort (poor) and retorts (good); sluice boxes graded good but practised nowhere; a type
 * “Alluvial gold” ranked first; a mercury issue and a goal answering it; a stakeholder's input in the
 * forum; a licence category. Agencies are the seeded ministries (no member sits on the task force).
 */
final class StrategyFixtures {

	/** The ids a test needs. */
	record Jurisdiction(long ws, long region, long type, long wholeOre, long noRetort, long retort, long sluices, long issue, long goal,
			long mining, long input, long category) {
	}

	private StrategyFixtures() {
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	static Jurisdiction jurisdiction(MockMvc mvc, WorkspaceManagement workspaces, String name) throws Exception {
		long ws = Jurisdictions.aJurisdiction(workspaces, name);
		long region = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/areas", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Northern Highlands\", \"code\": \"NH\"}"))
			.andExpect(status().isCreated())), "$.id");
		long site = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Sirawa Diggings", "longitude": "1.5", "latitude": "10.5", "commodity": "GOLD", "depositType": "ALLUVIAL",
					 "mechanisation": "MANUAL", "scale": "ARTISANAL", "women": 12, "men": 30, "minors": false, "legalStatus": "UNLICENSED",
					 "impacts": ["MERCURY_USE"], "observedOn": "2025-05-01", "observationSource": "District officer visit"}
					"""))
			.andExpect(status().isCreated())), "$.id");
		String techniques = body(mvc.perform(get("/api/v1/workspaces/{ws}/vision/techniques", ws).with(asAdmin())));
		long wholeOre = technique(techniques, "WHOLE_ORE_AMALGAMATION");
		long noRetort = technique(techniques, "CONCENTRATE_AMALGAMATION_NO_RETORT");
		long retort = technique(techniques, "RETORT");
		long sluices = technique(techniques, "SLUICE_BOXES");
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/sites/{s}/techniques", ws, site).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"techniqueIds\": [" + wholeOre + ", " + noRetort + ", " + retort + "]}"))
			.andExpect(status().isOk());
		grade(mvc, ws, wholeOre, "UNACCEPTABLE");
		grade(mvc, ws, noRetort, "POOR");
		grade(mvc, ws, retort, "GOOD");
		grade(mvc, ws, sluices, "GOOD");
		long issue = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/vision/issues", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"MERCURY\", \"title\": \"Mercury at the gold sites\", \"significance\": \"HIGH\", \"rationale\": \"Seen at every visit\"}"))
			.andExpect(status().isCreated())), "$.id");
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/issues/{i}/evidence", ws, issue).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"MineSite\", \"recordId\": " + site + "}"))
			.andExpect(status().isCreated());
		long goal = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/vision/goals", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Mercury-free gold\", \"issueIds\": [" + issue + "]}"))
			.andExpect(status().isCreated())), "$.id");
		long type = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/types", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Alluvial gold\", \"description\": \"Hand diggers on the rivers\", \"accepted\": {\"commodity\": [\"GOLD\"]}}"))
			.andExpect(status().isCreated())), "$.id");
		List<Number> criteria = JsonPath.read(body(mvc.perform(get("/api/v1/workspaces/{ws}/types/criteria", ws).with(asAdmin()))), "$[*].id");
		for (Number c : criteria) {
			mvc.perform(put("/api/v1/workspaces/{ws}/types/{t}/scores/{c}", ws, type, c.longValue()).with(asAdmin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"score\": 4, \"rationale\": \"Agreed by the task force\"}"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/workspaces/{ws}/types/ranking", ws).with(asAdmin()).param("p", "20")).andExpect(status().isCreated());
		long mining = Jurisdictions.ministries(mvc, ws).get("MINING");
		List<Map<String, Object>> categories = JsonPath.read(body(mvc.perform(get("/api/v1/workspaces/{ws}/stakeholders/categories", ws)
			.with(asAdmin()))), "$");
		long categoryOfStakeholders = ((Number) categories.get(0).get("id")).longValue();
		long stakeholder = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/stakeholders", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Highlands Miners' Federation\", \"categoryId\": " + categoryOfStakeholders
					+ ", \"influence\": 3, \"interest\": 4, \"forumMember\": true}"))
			.andExpect(status().isCreated())), "$.id");
		long input = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/forum/inputs", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stakeholderId\": " + stakeholder + ", \"raisedOn\": \"2026-03-02\", \"topic\": \"A timetable for phasing out mercury\", "
					+ "\"body\": \"Set dates for ending whole-ore amalgamation.\"}"))
			.andExpect(status().isCreated())), "$.id");
		long category = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/licence-categories", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content(categoryJson("ASM zone permit", "1", 36, true, "10000", "5000", null)))
			.andExpect(status().isCreated())), "$.category.id");
		return new Jurisdiction(ws, region, type, wholeOre, noRetort, retort, sluices, issue, goal, mining, input, category);
	}

	static String categoryJson(String name, String hectares, int months, boolean zonesOnly, String applicationFee, String annualFee,
			Long version) {
		return """
				{"name": "%s", "description": "For diggers working a plot", "eligibility": "CITIZENS", "maxAreaHectares": %s,
				 "durationMonths": %d, "zonesOnly": %b, "applicationFee": %s, "annualFee": %s, "version": %s}
				""".formatted(name, hectares, months, zonesOnly, applicationFee, annualFee, version);
	}

	private static long technique(String json, String code) {
		List<Number> ids = JsonPath.read(json, "$[?(@.code == '" + code + "')].id");
		return ids.get(0).longValue();
	}

	private static void grade(MockMvc mvc, long ws, long technique, String grade) throws Exception {
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/techniques/{t}/grade", ws, technique).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\": \"" + grade + "\", \"rationale\": \"Agreed by the task force\", \"version\": 0}"))
			.andExpect(status().isOk());
	}
}
