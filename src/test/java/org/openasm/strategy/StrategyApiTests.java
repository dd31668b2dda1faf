package org.openasm.strategy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.openasm.strategy.StrategyFixtures.body;
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
 * Step 2.3 over the API in the jurisdiction of {@link StrategyFixtures}: a type's strategy recorded
 * once and changed with its version, each refusal naming its field, instruments chosen with the facts
 * of steps 1.1–2.1, the government's own instruments, the licence categories, and the readiness of
 * the step as the strategy fills in.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class StrategyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	StrategyFixtures.Jurisdiction j;

	@BeforeEach
	void aJurisdictionWithOneRankedType() throws Exception {
		j = StrategyFixtures.jurisdiction(mvc, workspaces, "Strategy API");
	}

	static String strategyJson(String decision, String reason, String land, String landWhy, String areaIds, String chain, String chainWhy,
			String services, String servicesWhy, String approach, String licensed, Long category, Long version) {
		return """
				{"decision": %s, "decisionReason": %s, "allocateLand": %s, "landRationale": %s, "landAreaIds": [%s], "landExclusive": false,
				 "supplyChain": %s, "supplyChainRationale": %s, "services": %s, "servicesRationale": %s, "impactsApproach": %s,
				 "impactsRationale": "Ban the worst, promote retorts", "licensed": %s, "licenceCategoryId": %s,
				 "transboundaryMeasure": "Seizures shared with the neighbours", "version": %s}
				""".formatted(q(decision), q(reason), land, q(landWhy), areaIds, chain, q(chainWhy), services, q(servicesWhy), q(approach), licensed,
				category, version);
	}

	static String q(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	String complete(Long version) {
		return strategyJson("ACT", null, "true", "Zones for the diggers", String.valueOf(j.region()), "true", "Buyers pay more for traceable gold",
				"false", "The zones come first", "BOTH", "true", j.category(), version);
	}

	ResultActions save(long typeId, String json, String key) throws Exception {
		var request = put("/api/v1/workspaces/{ws}/strategy/types/{t}", j.ws(), typeId).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	static String chosenJson(long instrument, String away, String towards, String issues, String goals, Long agency, String cost, String inputs,
			Long version) {
		return """
				{"instrumentId": %d, "awayFromTechniqueIds": [%s], "towardsTechniqueIds": [%s], "issueIds": [%s], "goalIds": [%s],
				 "leadAgencyId": %s, "estimatedCost": %s, "inputIds": [%s], "target": "Mercury use halved at pilot sites by 2028", "version": %s}
				""".formatted(instrument, away, towards, issues, goals, agency, cost, inputs, version);
	}

	ResultActions choose(String json, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments", j.ws(), j.type()).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	long instrument(String code) throws Exception {
		List<Number> ids = JsonPath.read(body(mvc.perform(get("/api/v1/workspaces/{ws}/strategy/instruments", j.ws()).with(asAdmin()))),
				"$[?(@.instrument.code == '" + code + "')].instrument.id");
		return ids.get(0).longValue();
	}

	ResultActions step() throws Exception {
		return mvc.perform(get("/api/v1/workspaces/{ws}/steps", j.ws()).with(asAdmin()));
	}

	@Test
	void aTypesStrategyIsRecordedOnceChangedWithItsVersionAndTheStepIsReadyWhenBothApproachesAre() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/types", j.ws()).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.types", hasSize(1)))
			.andExpect(jsonPath("$.types[0].name").value("Alluvial gold"))
			.andExpect(jsonPath("$.types[0].rank").value(1))
			.andExpect(jsonPath("$.types[0].status").value("NO_STRATEGY"));
		step().andExpect(jsonPath("$[?(@.code == '2.3')].status").value(hasItem("NOT_STARTED")));

		String undecided = strategyJson("ACT", null, null, null, "", null, null, null, null, null, null, null, null);
		save(j.type(), undecided, "s-1").andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("INCOMPLETE"));
		save(j.type(), undecided, "s-1").andExpect(status().isOk()).andExpect(jsonPath("$.strategy.version").value(0));
		save(j.type(), undecided, "s-2").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("typeId"))
			.andExpect(jsonPath("$.detail").value(containsString("already has a strategy")));
		step().andExpect(jsonPath("$[?(@.code == '2.3')].status").value(hasItem("IN_PROGRESS")))
			.andExpect(jsonPath("$[?(@.code == '2.3')].missing[*]", hasItem(containsString("Alluvial gold"))));

		save(j.type(), complete(0L), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.economicsComplete").value(true))
			.andExpect(jsonPath("$.impactsComplete").value(false))
			.andExpect(jsonPath("$.strategy.landAreaIds[0]").value(j.region()))
			.andExpect(jsonPath("$.strategy.licenceCategoryId").value(j.category()));
		save(j.type(), complete(0L), null).andExpect(status().isConflict());

		choose(chosenJson(instrument("REGULATION_AND_STANDARDS"), "" + j.wholeOre(), "" + j.retort(), "" + j.issue(), "" + j.goal(), j.mining(),
				"120000000", "" + j.input(), null), null).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/types/{t}", j.ws(), j.type()).with(asAdmin()))
			.andExpect(jsonPath("$.status").value("COMPLETE"));
		step().andExpect(jsonPath("$[?(@.code == '2.3')].status").value(hasItem("READY")));

		// Deciding not to act needs its reason; with one the type is no longer asked for its approaches.
		save(j.type(), strategyJson("NO_ACTION", " ", null, null, "", null, null, null, null, null, null, null, 1L), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decisionReason"));
		save(j.type(), strategyJson("NO_ACTION", "Left to the district", null, null, "", null, null, null, null, null, null, null, 1L), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOT_ACTING"));
		step().andExpect(jsonPath("$[?(@.code == '2.3')].status").value(hasItem("READY")));
	}

	@Test
	void aStrategyIsRefusedWithTheFieldAtFault() throws Exception {
		save(424242L, complete(null), null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("typeId"))
			.andExpect(jsonPath("$.detail").value(containsString("424242")));
		StrategyFixtures.Jurisdiction other = StrategyFixtures.jurisdiction(mvc, workspaces, "Other strategy");
		save(other.type(), complete(null), null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("typeId"));
		save(j.type(), strategyJson("CLOSE", null, null, null, "", null, null, null, null, null, null, null, null), null)
			.andExpect(jsonPath("$.errors[0].field").value("decisionReason"));
		save(j.type(), strategyJson("ACT", null, "true", " ", "", null, null, null, null, null, null, null, null), null)
			.andExpect(jsonPath("$.errors[0].field").value("landRationale"));
		save(j.type(), strategyJson("ACT", null, null, null, "", "false", null, null, null, null, null, null, null), null)
			.andExpect(jsonPath("$.errors[0].field").value("supplyChainRationale"));
		save(j.type(), strategyJson("ACT", null, null, null, "", null, null, "true", "", null, null, null, null), null)
			.andExpect(jsonPath("$.errors[0].field").value("servicesRationale"));
		save(j.type(), strategyJson("ACT", null, "true", "Zones", String.valueOf(other.region()), null, null, null, null, null, null, null, null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("landAreaIds"));
		save(j.type(), strategyJson("ACT", null, null, null, "", null, null, null, null, null, "true", other.category(), null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("licenceCategoryId"));
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/types/{t}", j.ws(), j.type()).with(asAdmin()))
			.andExpect(jsonPath("$.status").value("NO_STRATEGY"));
	}

	@Test
	void anInstrumentIsChosenWithTheFactsOfTheVisionAndRefusedWithTheFieldAtFault() throws Exception {
		save(j.type(), complete(null), null).andExpect(status().isCreated());
		long regulation = instrument("REGULATION_AND_STANDARDS");
		long training = instrument("EDUCATION_AND_TRAINING");
		String good = chosenJson(regulation, "" + j.wholeOre(), "" + j.retort(), "" + j.issue(), "" + j.goal(), j.mining(), "120000000.50",
				"" + j.input(), null);
		long chosen = number(body(choose(good, "c-1").andExpect(status().isCreated())
			.andExpect(jsonPath("$.instrument.name").value("Regulation and standards"))
			.andExpect(jsonPath("$.instrument.mode").value("REGULATE"))
			.andExpect(jsonPath("$.awayFromTechniqueIds[0]").value(j.wholeOre()))
			.andExpect(jsonPath("$.inputIds[0]").value(j.input()))
			.andExpect(jsonPath("$.estimatedCost").value(120000000.50))), "$.id");
		choose(good, "c-1").andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(chosen));
		choose(good, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("instrumentId"))
			.andExpect(jsonPath("$.detail").value(containsString("Regulation and standards")));

		choose(chosenJson(training, "" + j.retort(), "", "", "", null, "1", "", null), null)
			.andExpect(jsonPath("$.errors[0].field").value("awayFromTechniqueIds"))
			.andExpect(jsonPath("$.detail").value(containsString("Amalgam burned in a retort")));
		choose(chosenJson(training, "", "" + j.noRetort(), "", "", null, "1", "", null), null)
			.andExpect(jsonPath("$.errors[0].field").value("towardsTechniqueIds"));
		choose(chosenJson(training, "", "", "999999", "", null, "1", "", null), null).andExpect(jsonPath("$.errors[0].field").value("issueIds"));
		choose(chosenJson(training, "", "", "", "999999", null, "1", "", null), null).andExpect(jsonPath("$.errors[0].field").value("goalIds"));
		choose(chosenJson(training, "", "", "", "", 999999L, "1", "", null), null).andExpect(jsonPath("$.errors[0].field").value("leadAgencyId"));
		choose(chosenJson(training, "", "", "", "", null, "-5", "", null), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("estimatedCost"));
		choose(chosenJson(training, "", "", "", "", null, "1", "999999", null), null).andExpect(jsonPath("$.errors[0].field").value("inputIds"));
		choose(chosenJson(999999L, "", "", "", "", null, "1", "", null), null).andExpect(jsonPath("$.errors[0].field").value("instrumentId"));

		// A change carries its version; the poor technique joins the instrument; removal leaves the type without instruments.
		mvc.perform(put("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments/{c}", j.ws(), j.type(), chosen).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(chosenJson(regulation, j.wholeOre() + ", " + j.noRetort(), "", "", "", j.mining(), "100", "", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.awayFromTechniqueIds", hasSize(2)))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments/{c}", j.ws(), j.type(), chosen).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(chosenJson(regulation, "", "", "", "", null, "100", "", 0L)))
			.andExpect(status().isConflict());
		mvc.perform(delete("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments/{c}", j.ws(), j.type(), chosen).with(asAdmin()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments", j.ws(), j.type()).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theGovernmentAddsItsOwnInstrumentsAndTheCatalogueStays() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/instruments", j.ws()).with(asAdmin()).header("Accept-Language", "fr"))
			.andExpect(jsonPath("$", hasSize(19)))
			.andExpect(jsonPath("$[?(@.instrument.code == 'LICENSING')].instrument.name").value(hasItem("Octroi de licences")));
		String own = """
				{"name": "%s", "description": "Mobile teams buy gold at the pits", "mode": "ENABLE", "stages": ["TRANSPORT_AND_SALE"],
				 "issues": ["LOST_REVENUE"], "transboundary": true, "version": %s}
				""";
		mvc.perform(post("/api/v1/workspaces/{ws}/strategy/instruments", j.ws()).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content(own.formatted("licensing", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/workspaces/{ws}/strategy/instruments", j.ws()).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Mobile buyers\", \"mode\": \"ENABLE\", \"stages\": [], \"issues\": []}"))
			.andExpect(jsonPath("$.errors[0].field").value("stages"));
		long mobile = number(body(mvc.perform(post("/api/v1/workspaces/{ws}/strategy/instruments", j.ws()).with(asAdmin())
			.header("Idempotency-Key", "i-1").contentType(MediaType.APPLICATION_JSON).content(own.formatted("Mobile buyers", null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.instrument.code").doesNotExist())
			.andExpect(jsonPath("$.instrument.transboundary").value(true))), "$.instrument.id");
		long licensing = instrument("LICENSING");
		mvc.perform(put("/api/v1/workspaces/{ws}/strategy/instruments/{i}", j.ws(), licensing).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content(own.formatted("Licences", 0)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(delete("/api/v1/workspaces/{ws}/strategy/instruments/{i}", j.ws(), licensing).with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Licensing")));

		save(j.type(), complete(null), null).andExpect(status().isCreated());
		long chosen = number(body(choose(chosenJson(mobile, "", "", "", "", j.mining(), "5000000", "", null), null)
			.andExpect(status().isCreated())), "$.id");
		mvc.perform(delete("/api/v1/workspaces/{ws}/strategy/instruments/{i}", j.ws(), mobile).with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Alluvial gold")));
		mvc.perform(delete("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments/{c}", j.ws(), j.type(), chosen).with(asAdmin()))
			.andExpect(status().isNoContent());
		mvc.perform(put("/api/v1/workspaces/{ws}/strategy/instruments/{i}", j.ws(), mobile).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content(own.formatted("Mobile gold buyers", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument.name").value("Mobile gold buyers"));
		mvc.perform(delete("/api/v1/workspaces/{ws}/strategy/instruments/{i}", j.ws(), mobile).with(asAdmin())).andExpect(status().isNoContent());
	}

	@Test
	void licenceCategoriesAreCheckedAndARemovedOneLeavesTheTypeWithout() throws Exception {
		String path = "/api/v1/workspaces/{ws}/licence-categories";
		mvc.perform(post(path, j.ws()).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("asm zone permit", "1", 36, true, "0", "0", null)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post(path, j.ws()).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("Quarry permit", "0", 12, false, "0", "0", null)))
			.andExpect(jsonPath("$.errors[0].field").value("maxAreaHectares"));
		mvc.perform(post(path, j.ws()).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("Quarry permit", "5", 0, false, "0", "0", null)))
			.andExpect(jsonPath("$.errors[0].field").value("durationMonths"));
		mvc.perform(post(path, j.ws()).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("Quarry permit", "5", 12, false, "-1", "0", null)))
			.andExpect(jsonPath("$.errors[0].field").value("applicationFee"));
		mvc.perform(post(path, j.ws()).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("Quarry permit", "5", 12, false, "0", "-1", null)))
			.andExpect(jsonPath("$.errors[0].field").value("annualFee"));
		mvc.perform(post(path, j.ws()).with(asAdmin()).header("Idempotency-Key", "q-1").contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("Quarry permit", "5", 12, false, "40000", "20000", null)))
			.andExpect(status().isCreated());
		mvc.perform(post(path, j.ws()).with(asAdmin()).header("Idempotency-Key", "q-1").contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("Quarry permit", "5", 12, false, "40000", "20000", null)))
			.andExpect(status().isCreated());
		mvc.perform(get(path, j.ws()).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].category.name").value("ASM zone permit"))
			.andExpect(jsonPath("$[0].category.zonesOnly").value(true));
		mvc.perform(put(path + "/{c}", j.ws(), j.category()).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("ASM zone permit", "2", 36, true, "10000", "5000", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.category.maxAreaHectares").value(2.0));
		mvc.perform(put(path + "/{c}", j.ws(), j.category()).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(StrategyFixtures.categoryJson("ASM zone permit", "3", 36, true, "10000", "5000", 0L)))
			.andExpect(status().isConflict());

		save(j.type(), complete(null), null).andExpect(jsonPath("$.strategy.licenceCategoryId").value(j.category()));
		mvc.perform(delete(path + "/{c}", j.ws(), j.category()).with(asAdmin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/types/{t}", j.ws(), j.type()).with(asAdmin()))
			.andExpect(jsonPath("$.strategy.licensed").value(true))
			.andExpect(jsonPath("$.strategy.licenceCategoryId").doesNotExist());
	}
}
