package org.openasm.strategy;

import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.ministries;
import static org.openasm.support.Jurisdictions.number;
import static org.openasm.support.Jurisdictions.seat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A real jurisdiction for step 2.4's tests, built over the API: one gold site where whole-ore
 * amalgamation (graded unacceptable) is practised, one type “Alluvial gold” taking it, ranked first; a
 * goal “Mercury use halved by 2030”; the Ministry of Mines on the task force, the land ministry not.
 */
final class StrategyJurisdiction {

	final MockMvc mvc;

	final long ws;

	final long type;

	final long wholeOre;

	final long goal;

	final long mining;

	final long land;

	StrategyJurisdiction(MockMvc mvc, WorkspaceManagement workspaces, String name) throws Exception {
		this.mvc = mvc;
		ws = aJurisdiction(workspaces, name);
		Map<String, Long> agencies = ministries(mvc, ws);
		mining = agencies.get("MINING");
		land = agencies.get("LAND");
		seat(mvc, ws, "Ngozi Okafor", mining, "CHAIR");
		long site = number(send(post("/api/v1/workspaces/{ws}/context/sites", ws), """
				{"name": "Bakoya Diggings", "longitude": "0.5", "latitude": "11", "commodity": "GOLD", "depositType": "ALLUVIAL",
				 "mechanisation": "MANUAL", "scale": "ARTISANAL", "women": 15, "men": 35, "minors": false, "legalStatus": "UNLICENSED",
				 "impacts": [], "observedOn": "2025-05-01", "observationSource": "District officer visit"}
				""").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String techniques = mvc.perform(get("/api/v1/workspaces/{ws}/vision/techniques", ws).with(asAdmin())).andReturn().getResponse()
			.getContentAsString();
		wholeOre = ((Number) JsonPath.<List<Object>>read(techniques, "$[?(@.code == 'WHOLE_ORE_AMALGAMATION')].id").get(0)).longValue();
		send(post("/api/v1/workspaces/{ws}/vision/techniques/{t}/sites", ws, wholeOre), "{\"siteIds\": [" + site + "]}")
			.andExpect(status().isOk());
		send(put("/api/v1/workspaces/{ws}/vision/techniques/{t}/grade", ws, wholeOre),
				"{\"grade\": \"UNACCEPTABLE\", \"rationale\": \"Minamata Annex C\", \"version\": 0}").andExpect(status().isOk());
		goal = number(send(post("/api/v1/workspaces/{ws}/vision/goals", ws), "{\"title\": \"Mercury use halved by 2030\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		type = number(send(post("/api/v1/workspaces/{ws}/types", ws), "{\"name\": \"Alluvial gold\", \"accepted\": {\"commodity\": [\"GOLD\"]}}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		List<Integer> criteria = JsonPath.read(mvc.perform(get("/api/v1/workspaces/{ws}/types/criteria", ws).with(asAdmin()))
			.andReturn().getResponse().getContentAsString(), "$[*].id");
		for (int criterion : criteria) {
			send(put("/api/v1/workspaces/{ws}/types/{t}/scores/{c}", ws, type, criterion), "{\"score\": 4, \"rationale\": \"Field visits\"}")
				.andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/workspaces/{ws}/types/ranking", ws).with(asAdmin())).andExpect(status().isCreated());
	}

	/**
	 * Makes the strategy coherent but for one warning: the type acted on and licensed as an “Artisanal
	 * mining permit”, licensing regulating it away from whole-ore amalgamation (led by the Ministry of
	 * Mines) and training doing the same (led by the land ministry, which has no member). Returns the
	 * category's id.
	 */
	long coherentStrategyWithOneWarning() throws Exception {
		send(put("/api/v1/workspaces/{ws}/strategy/types/{t}", ws, type), strategy(true, null, null, null)).andExpect(status().isCreated());
		send(post("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments", ws, type), chosen(instrument("EDUCATION_AND_TRAINING"), land))
			.andExpect(status().isCreated());
		send(post("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments", ws, type), chosen(instrument("LICENSING"), mining))
			.andExpect(status().isCreated());
		long category = category("Artisanal mining permit");
		send(put("/api/v1/workspaces/{ws}/strategy/types/{t}", ws, type), strategy(true, category, null, 0L)).andExpect(status().isOk());
		return category;
	}

	long category(String name) throws Exception {
		return number(send(post("/api/v1/workspaces/{ws}/licence-categories", ws), """
				{"name": "%s", "description": "For individual miners and small groups", "eligibility": "CITIZENS",
				 "maxAreaHectares": 5, "durationMonths": 24, "zonesOnly": false, "applicationFee": 50, "annualFee": 100}
				""".formatted(name)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.category.id");
	}

	long instrument(String code) throws Exception {
		String body = mvc.perform(get("/api/v1/workspaces/{ws}/strategy/instruments", ws).with(asAdmin())).andReturn().getResponse()
			.getContentAsString();
		return ((Number) JsonPath.<List<Object>>read(body, "$[?(@.instrument.code == '" + code + "')].instrument.id").get(0)).longValue();
	}

	String strategy(boolean licensed, Long category, String transboundary, Long version) {
		return """
				{"typeId": %d, "decision": "ACT", "allocateLand": false, "landRationale": "No land set aside yet", "supplyChain": true,
				 "supplyChainRationale": "Buyers are close", "services": true, "servicesRationale": "Extension officers in Kirru",
				 "impactsApproach": "BOTH", "impactsRationale": "Regulate mercury, teach retorts", "licensed": %s,
				 "licenceCategoryId": %s, "transboundaryMeasure": %s, "version": %s}
				""".formatted(type, licensed, category, transboundary == null ? "null" : "\"" + transboundary + "\"", version);
	}

	String chosen(long instrument, long lead) {
		return """
				{"instrumentId": %d, "awayFromTechniqueIds": [%d], "goalIds": [%d], "leadAgencyId": %d, "estimatedCost": 250000,
				 "target": "Mercury-free processing at every licensed pit by 2028"}
				""".formatted(instrument, wholeOre, goal, lead);
	}

	ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
