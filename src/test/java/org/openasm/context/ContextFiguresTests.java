package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.ministries;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaForm;
import org.openasm.support.OpenAsmTest;
import org.openasm.taskforce.AgencyInfo;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The figures part of the context analysis through the API and the pages: sector estimates with their
 * sources and range rules, the estimated production the mass balance reads, the capacity grid of the
 * task force's agencies, and the political-economy actors.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class ContextFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	AdministrativeAreas areas;

	@Autowired
	EstimatedProduction production;

	@Autowired
	SectorFigures figures;

	@Autowired
	CapacityAssessment capacity;

	@Autowired
	PoliticalEconomy economy;

	long ws;

	@BeforeEach
	void aJurisdictionOfItsOwn() {
		ws = aJurisdiction(workspaces, "Context figures");
	}

	RequestPostProcessor secretariat() {
		return user("secretary-" + ws).authorities(new SimpleGrantedAuthority("WS:" + ws + ":SECRETARIAT"));
	}

	static String estimateJson(String figure, String commodity, Long areaId, int year, String low, String central, String high,
			String unit, String source, Long version) {
		return "{\"figure\":\"" + figure + "\",\"commodity\":" + (commodity == null ? "null" : "\"" + commodity + "\"") + ",\"areaId\":"
				+ areaId + ",\"year\":" + year + ",\"low\":" + low + ",\"central\":" + central + ",\"high\":" + high + ",\"unit\":\"" + unit
				+ "\",\"source\":" + (source == null ? "null" : "\"" + source + "\"") + ",\"confidence\":\"MEDIUM\",\"version\":" + version + "}";
	}

	ResultActions addEstimate(String json, String key, String language) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/context/estimates", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return mvc.perform(request);
	}

	static String body(ResultActions actions) throws Exception {
		return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void estimatesAreKeptWithTheirSourceOnceEvenWhenRetriedAndEditedOnTheirVersion() throws Exception {
		String key = UUID.randomUUID().toString();
		String miners = estimateJson("MINERS", "GOLD", null, 2025, "30000", "45000", "60000", "persons", "Ministry of Mines ASM census 2025", null);
		String created = body(addEstimate(miners, key, null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("Ministry of Mines ASM census 2025"))
			.andExpect(jsonPath("$.label").value("Miners")));
		long id = number(created, "$.id");
		mvc.perform(get("/api/v1/workspaces/{ws}/context/estimates/{id}", ws, id).with(asAdmin())).andExpect(status().isOk());
		assertThat(number(body(addEstimate(miners, key, null).andExpect(status().is2xxSuccessful())), "$.id")).isEqualTo(id);
		addEstimate(estimateJson("SITES", null, null, 2025, "1", "2", "3", "sites", "Other", null), key, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("token"));

		addEstimate(estimateJson("MINERS", null, null, 2024, "null", "80000", "null", "persons", "Labour force survey 2024", null), null, null)
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/workspaces/{ws}/context/estimates", ws).with(asAdmin())).andExpect(jsonPath("$", hasSize(2)));
		mvc.perform(get("/api/v1/workspaces/{ws}/context/estimates?commodity=GOLD&year=2025", ws).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id));

		long version = number(created, "$.version");
		mvc.perform(put("/api/v1/workspaces/{ws}/context/estimates/{id}", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(estimateJson("MINERS", "GOLD", null, 2025, "32000", "45000", "60000", "persons", "Ministry of Mines ASM census 2025", version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.low").value(32000));
		mvc.perform(put("/api/v1/workspaces/{ws}/context/estimates/{id}", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(estimateJson("MINERS", "GOLD", null, 2025, "31000", "45000", "60000", "persons", "Ministry of Mines ASM census 2025", version)))
			.andExpect(status().isConflict());

		mvc.perform(get("/workspaces/{ws}/history/SectorEstimate/{id}", ws, id).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Low")))
			.andExpect(content().string(not(containsString("??"))));

		mvc.perform(delete("/api/v1/workspaces/{ws}/context/estimates/{id}", ws, id).with(asAdmin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/context/estimates/{id}", ws, id).with(asAdmin())).andExpect(status().isNotFound());
	}

	@Test
	void refusalsNameTheFieldAndAFrenchCallerReadsThemInFrench() throws Exception {
		addEstimate(estimateJson("MINERS", "GOLD", null, 2025, "50000", "45000", "60000", "persons", "Census", null), null, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("low"))
			.andExpect(jsonPath("$.detail").value("The low value (50000) is above the central value (45000)."));
		String french = body(addEstimate(estimateJson("MINERS", "GOLD", null, 2025, "30000", "45000", "40000", "persons", "Recensement", null),
				null, "fr")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("high")));
		assertThat(french).contains("La valeur haute (40000) est inférieure à la valeur centrale (45000).");
		addEstimate(estimateJson("PRODUCTION", null, null, 2025, "1", "2", "3", "kg", "Study", null), null, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("commodity"));
		addEstimate(estimateJson("MINERS", null, null, 2025, "1", "2", "3", "persons", null, null), null, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("source"));
		addEstimate(estimateJson("MINERS", null, 987654321L, 2025, "1", "2", "3", "persons", "Census", null), null, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("areaId"));
		mvc.perform(get("/api/v1/workspaces/{ws}/context/estimates", ws).with(asAdmin())).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theEstimatedProductionIsTheLatestNationalProductionEstimateOfTheCommodity() throws Exception {
		AreaForm region = new AreaForm();
		region.setName("Northern Highlands");
		long area = areas.add(ws, region);
		addEstimate(estimateJson("PRODUCTION", "GOLD", null, 2023, "7000", "10000", "14000", "kg", "Sector study 2023", null), null, null)
			.andExpect(status().isCreated());
		addEstimate(estimateJson("PRODUCTION", "GOLD", null, 2024, "8000", "12000", "16000", "kg", "Sector study 2024", null), null, null)
			.andExpect(status().isCreated());
		addEstimate(estimateJson("PRODUCTION", "GOLD", area, 2025, "2500", "4000", "6000", "kg", "Regional returns 2025", null), null, null)
			.andExpect(status().isCreated());
		addEstimate(estimateJson("MINERS", "GOLD", null, 2025, "1", "2", "3", "persons", "Census 2025", null), null, null)
			.andExpect(status().isCreated());

		EstimatedProduction.Range gold = production.annual(ws, Commodity.GOLD).orElseThrow();
		assertThat(gold.year()).isEqualTo(2024);
		assertThat(gold.central()).isEqualByComparingTo("12000");
		assertThat(gold.low()).isEqualByComparingTo("8000");
		assertThat(gold.high()).isEqualByComparingTo("16000");
		assertThat(gold.unit()).isEqualTo("kg");
		assertThat(gold.source()).isEqualTo("Sector study 2024");
		assertThat(production.annual(ws, Commodity.SALT)).isEmpty();

		assertThat(figures.estimates(ws)).hasSize(4)
			.anySatisfy(f -> {
				assertThat(f.figure()).isEqualTo("PRODUCTION");
				assertThat(f.areaId()).isEqualTo(area);
				assertThat(f.central()).isEqualByComparingTo(new BigDecimal("4000"));
			});
	}

	@Test
	void theCapacityGridRatesEachAgencyOnTheGuidancesFunctionsAndRanksTheGaps() throws Exception {
		String functions = body(mvc.perform(get("/api/v1/workspaces/{ws}/context/capacity/functions", ws).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(8)))
			.andExpect(jsonPath("$[0].name").value("Licensing"))
			.andExpect(jsonPath("$[7].name").value("Data and statistics")));
		long licensing = number(functions, "$[0].id");
		long inspection = number(functions, "$[1].id");
		Map<String, Long> agency = ministries(mvc, ws);
		assertThat(capacity.unassessedAgencies(ws)).hasSize(7);

		String rated = body(rate(agency.get("MINING"), inspection, 1, 3, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.gap").value(2)));
		rate(agency.get("MINING"), inspection, 2, 3, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		rate(agency.get("MINING"), licensing, 2, 3, null).andExpect(status().isOk());
		rate(agency.get("ENVIRONMENT"), licensing, 0, 3, null).andExpect(status().isOk());
		rate(agency.get("MINING"), licensing, 4, 3, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("existingLevel"));
		rate(987654321L, licensing, 1, 2, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("agencyId"));
		rate(agency.get("MINING"), inspection, 2, 3, number(rated, "$.version")).andExpect(status().isOk())
			.andExpect(jsonPath("$.gap").value(1));

		mvc.perform(get("/api/v1/workspaces/{ws}/context/capacity/ratings", ws).with(asAdmin())).andExpect(jsonPath("$", hasSize(3)));
		// Environment/Licensing misses 3; Mining/Inspection and Mining/Licensing 1 each, needed 3, by function name.
		mvc.perform(get("/api/v1/workspaces/{ws}/context/capacity/gaps", ws).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].gap").value(3))
			.andExpect(jsonPath("$[0].functionId").value(licensing))
			.andExpect(jsonPath("$[1].function").value("Inspection and enforcement"))
			.andExpect(jsonPath("$[2].function").value("Licensing"));
		mvc.perform(get("/api/v1/workspaces/{ws}/context/capacity/unassessed-agencies", ws).with(asAdmin()))
			.andExpect(jsonPath("$", hasSize(5)));
		assertThat(capacity.unassessedAgencies(ws)).extracting(AgencyInfo::kind)
			.containsExactlyInAnyOrder("LAND", "FINANCE", "PLANNING", "WATER", "LABOUR");

		mvc.perform(post("/api/v1/workspaces/{ws}/context/capacity/functions", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Artisanal gold buying\"}")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/workspaces/{ws}/context/capacity/functions", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" data AND statistics \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(delete("/api/v1/workspaces/{ws}/context/capacity/functions/{f}", ws, licensing).with(asAdmin()))
			.andExpect(status().isUnprocessableContent());
	}

	ResultActions rate(long agencyId, long functionId, int existing, int needed, Long version) throws Exception {
		return mvc.perform(put("/api/v1/workspaces/{ws}/context/capacity/ratings/{a}/{f}", ws, agencyId, functionId).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"existingLevel\":" + existing + ",\"neededLevel\":" + needed + ",\"notes\":null,\"version\":" + version + "}"));
	}

	@Test
	void politicalActorsAreNamedOnceAndCounted() throws Exception {
		String json = "{\"name\":\"Kirru gold buyers’ cartel\",\"kind\":\"ECONOMIC\",\"interests\":\"Pre-financing\",\"influence\":5,"
				+ "\"stance\":\"STRONGLY_OPPOSED\",\"riskNotes\":\"Smuggling\"}";
		String created = body(mvc.perform(post("/api/v1/workspaces/{ws}/context/political-actors", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated()).andExpect(header().exists("Location")));
		long id = number(created, "$.id");
		mvc.perform(post("/api/v1/workspaces/{ws}/context/political-actors", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.replace("Kirru", "KIRRU"))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/workspaces/{ws}/context/political-actors", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.replace("Kirru", "Osso").replace("\"influence\":5", "\"influence\":6"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("influence"));
		mvc.perform(put("/api/v1/workspaces/{ws}/context/political-actors/{id}", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.replace("\"influence\":5", "\"influence\":4").replace("}", ",\"version\":" + number(created, "$.version") + "}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.influence").value(4));
		mvc.perform(get("/api/v1/workspaces/{ws}/context/political-actors", ws).with(asAdmin())).andExpect(jsonPath("$", hasSize(1)));
		assertThat(economy.actorCount(ws)).isEqualTo(1);
	}

	@Test
	void theSecretariatAddsAnEstimateARatingAndAnActorThroughThePages() throws Exception {
		mvc.perform(post("/workspaces/{ws}/context/estimates/new", ws).with(secretariat()).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("figure", "PRODUCTION").param("commodity", "GOLD").param("year", "2024")
			.param("low", "8000").param("central", "12000").param("high", "16000")
			.param("unit", "kg").param("source", "World Bank–style sector study 2024").param("confidence", "MEDIUM"))
			.andExpect(redirectedUrl("/workspaces/" + ws + "/context/estimates"));
		mvc.perform(post("/workspaces/{ws}/context/estimates/new", ws).with(secretariat()).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("figure", "MINERS").param("year", "2025").param("low", "9").param("central", "5")
			.param("unit", "persons").param("source", "Census").param("confidence", "LOW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The low value (9) is above the central value (5).")));
		mvc.perform(get("/workspaces/{ws}/context/estimates?figure=PRODUCTION", ws).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("World Bank–style sector study 2024")))
			.andExpect(content().string(containsString("Medium confidence")))
			.andExpect(content().string(containsString("estimate-chart")))
			.andExpect(content().string(containsString("12,000")))
			.andExpect(content().string(containsString("const central = [12000")))
			.andExpect(content().string(containsString("const logarithmic = false;")));
		// Tonnes of sand beside kilograms of gold: a hundredfold and more, the axis turns logarithmic.
		addEstimate(estimateJson("PRODUCTION", "DEVELOPMENT_MINERALS", null, 2024, "null", "1800000", "null", "t", "Aggregates survey", null),
				null, null).andExpect(status().isCreated());
		mvc.perform(get("/workspaces/{ws}/context/estimates?figure=PRODUCTION", ws).with(secretariat()))
			.andExpect(content().string(containsString("const logarithmic = true;")));

		long mining = ministries(mvc, ws).get("MINING");
		long inspection = capacity.functions(ws).get(1).getId();
		mvc.perform(get("/workspaces/{ws}/context/capacity/agencies/{a}/functions/{f}", ws, mining, inspection).with(secretariat()))
			.andExpect(status().isOk());
		mvc.perform(post("/workspaces/{ws}/context/capacity/agencies/{a}/functions/{f}", ws, mining, inspection).with(secretariat())
			.with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("existingLevel", "1").param("neededLevel", "3").param("notes", "Two inspectors for the whole country"))
			.andExpect(redirectedUrl("/workspaces/" + ws + "/context/capacity"));
		mvc.perform(get("/workspaces/{ws}/context/capacity", ws).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 → 3")))
			.andExpect(content().string(containsString("gap-2")))
			.andExpect(content().string(containsString("(gap 2)")));

		mvc.perform(post("/workspaces/{ws}/context/political-economy/new", ws).with(secretariat()).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("name", "Marasi Ridge Defence Front").param("kind", "ILLEGAL_OR_ARMED").param("influence", "3")
			.param("stance", "STRONGLY_OPPOSED").param("interests", "Taxes pits"))
			.andExpect(redirectedUrl("/workspaces/" + ws + "/context/political-economy"));
		mvc.perform(get("/workspaces/{ws}/context/political-economy", ws).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Marasi Ridge Defence Front")))
			.andExpect(content().string(containsString("Illegal or armed group")));
	}

	@Test
	void theDemoHasSourcedFiguresActorsAndAGridForMostAgencies() {
		// A demo workspace as the demo jurisdiction is made: every module seeds it in one transaction, the
		// grid last (it rates the agencies the task force seeds on the same event).
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Demo figures " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(List.of("en", "fr"));
		long demoWs = workspaces.create(form, true);
		assertThat(figures.estimates(demoWs)).hasSizeGreaterThan(12).allSatisfy(f -> assertThat(f.source()).isNotBlank());
		assertThat(figures.estimates(demoWs)).anySatisfy(f -> assertThat(f.areaId()).isNotNull());
		EstimatedProduction.Range gold = production.annual(demoWs, Commodity.GOLD).orElseThrow();
		assertThat(gold.central()).isEqualByComparingTo("12000");
		assertThat(gold.source()).isEqualTo("World Bank–style sector study 2024");
		assertThat(economy.actorCount(demoWs)).isBetween(6L, 8L);
		assertThat(capacity.unassessedAgencies(demoWs)).extracting(AgencyInfo::kind).containsExactlyInAnyOrder("PLANNING", "LABOUR");
		assertThat(capacity.gaps(demoWs)).first().satisfies(g -> assertThat(g.gap()).isEqualTo(3));
	}
}
