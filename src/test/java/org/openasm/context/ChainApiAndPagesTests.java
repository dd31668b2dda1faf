package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;

/**
 * The supply chain over the API and the pages: actors and flows with versions and repeat-safe creates,
 * refusals naming the field, the mass balance with no production estimate, the map as well-formed SVG,
 * the flow form, and the demo chains.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class ChainApiAndPagesTests {

	static final String BASE = "/api/v1/workspaces/{ws}/context/supply-chain";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	ChainDemo demo;

	@Autowired
	ChainMap map;

	@Autowired
	ChainRegister register;

	long workspace;

	@BeforeEach
	void aFreshJurisdiction() {
		workspace = aJurisdiction(workspaces, "Supply chain");
	}

	RequestPostProcessor secretariat() {
		return user("secretariat-" + workspace).authorities(new SimpleGrantedAuthority("WS:" + workspace + ":SECRETARIAT"));
	}

	static String actorJson(String name, String kind, Long version) {
		return """
				{"name": %s, "kind": "%s", "notes": "Met during the field survey", "version": %s}
				""".formatted(quoted(name), kind, version);
	}

	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static String flowJson(long from, long to, String commodity, String volume, String unit, boolean formal, boolean crossBorder,
			Long version) {
		return """
				{"fromActorId": %d, "toActorId": %d, "commodity": "%s", "volumePerYear": %s, "unit": "%s", "valuePerYear": 1500000,
				 "formal": %s, "crossBorder": %s, "source": "Field survey 2025", "version": %s}
				""".formatted(from, to, commodity, volume, unit, formal, crossBorder, version);
	}

	ResultActions addActor(String json, String key) throws Exception {
		var request = post(BASE + "/actors", workspace).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	long actor(String name, String kind) throws Exception {
		return number(addActor(actorJson(name, kind, null), null).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
	}

	ResultActions addFlow(String json) throws Exception {
		return mvc.perform(post(BASE + "/flows", workspace).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long flow(long from, long to, String commodity, String volume, String unit, boolean formal, boolean crossBorder) throws Exception {
		return number(addFlow(flowJson(from, to, commodity, volume, unit, formal, crossBorder, null)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void theCommoditiesCrossingBordersAreThoseWithAFlowMarkedCrossBorder() throws Exception {
		long miners = actor("Kirru gold miners", "MINERS");
		long centre = actor("Osso buying centre", "BUYING_CENTRES");
		long market = actor("Neighbouring markets", "NEIGHBOURING_COUNTRIES");
		flow(miners, centre, "GOLD", "1200", "kg", true, false);
		flow(miners, centre, "TIN_TANTALUM_TUNGSTEN", "40", "t", true, false);
		assertThat(register.crossBorderCommodities(workspace)).isEmpty();

		flow(centre, market, "GOLD", "300", "kg", false, true);

		assertThat(register.crossBorderCommodities(workspace)).containsExactly(Commodity.GOLD);
	}

	@Test
	void actorsAndFlowsAreCreatedOnceChangedWithTheirVersionAndRemoved() throws Exception {
		String key = UUID.randomUUID().toString();
		long miners = number(addActor(actorJson("Kirru gold miners", "MINERS", null), key).andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("MINERS"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString(), "$.id");
		long again = number(addActor(actorJson("Kirru gold miners", "MINERS", null), key).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		assertThat(again).isEqualTo(miners);
		long centre = actor("Osso buying centre", "BUYING_CENTRES");

		long flow = number(addFlow(flowJson(miners, centre, "GOLD", "1200.5", "kg", true, false, null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromActor").value("Kirru gold miners"))
			.andExpect(jsonPath("$.currency").value("USD"))
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(put(BASE + "/flows/{id}", workspace, flow).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(flowJson(miners, centre, "GOLD", "1300", "kg", false, false, 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.volumePerYear").value(1300))
			.andExpect(jsonPath("$.formal").value(false))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put(BASE + "/flows/{id}", workspace, flow).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(flowJson(miners, centre, "GOLD", "1", "kg", true, false, 0L)))
			.andExpect(status().isConflict());
		mvc.perform(put(BASE + "/actors/{id}", workspace, centre).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(actorJson("Osso Ridge buying centre", "BUYING_CENTRES", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Osso Ridge buying centre"));

		mvc.perform(get(BASE + "/flows", workspace).with(asAdmin()).param("commodity", "GOLD"))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].toActor").value("Osso Ridge buying centre"));
		mvc.perform(get(BASE + "/actors", workspace).with(asAdmin())).andExpect(jsonPath("$.length()").value(2));

		mvc.perform(get("/workspaces/{ws}/history/ChainFlow/{id}", workspace, flow).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Volume per year")))
			.andExpect(content().string(containsString("Kirru gold miners")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/workspaces/{ws}/history/ChainActor/{id}", workspace, centre).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Buying centres")));

		mvc.perform(post("/workspaces/{ws}/context/supply-chain/actors/{id}/delete", workspace, miners).with(secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", containsString("Kirru gold miners")));

		mvc.perform(delete(BASE + "/flows/{id}", workspace, flow).with(asAdmin())).andExpect(status().isNoContent());
		mvc.perform(delete(BASE + "/actors/{id}", workspace, centre).with(asAdmin())).andExpect(status().isNoContent());
		mvc.perform(get(BASE + "/actors/{id}", workspace, centre).with(asAdmin())).andExpect(status().isNotFound());
	}

	@Test
	void refusalsNameTheField() throws Exception {
		long miners = actor("Lake miners", "MINERS");
		long kandor = actor("Kandor border markets", "NEIGHBOURING_COUNTRIES");
		long traders = actor("Sundiri traders", "TRADERS_BROKERS");

		addFlow(flowJson(miners, miners, "GOLD", "10", "kg", true, false, null)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("toActorId"));
		addFlow(flowJson(miners, traders, "GOLD", "-5", "kg", true, false, null)).andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[0].field").value("volumePerYear"));
		addFlow(flowJson(miners, kandor, "GOLD", "10", "kg", false, false, null)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("crossBorder"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Kandor border markets")));
		flow(miners, kandor, "GOLD", "10", "kg", false, true);

		long flowToTraders = flow(miners, traders, "GOLD", "20", "kg", true, false);
		addFlow(flowJson(miners, traders, "GOLD", "5", "kg", true, false, null)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("toActorId"));
		flow(miners, traders, "GOLD", "5", "kg", false, false);
		mvc.perform(put(BASE + "/actors/{id}", workspace, traders).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(actorJson("Sundiri traders", "NEIGHBOURING_COUNTRIES", 0L)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));

		mvc.perform(delete(BASE + "/actors/{id}", workspace, miners).with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("actorId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Lake miners")));
		addActor(actorJson("lake MINERS", "MINERS", null), null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		assertThat(flowToTraders).isPositive();
	}

	@Test
	void theMassBalanceWithoutAnyEstimateSaysSoAndStillSumsTheFlows() throws Exception {
		long miners = actor("Highland miners", "MINERS");
		long runners = actor("Gold runners", "INFORMAL_CHANNELS");
		long kandor = actor("Kandor", "NEIGHBOURING_COUNTRIES");
		flow(miners, runners, "GOLD", "900", "kg", false, false);
		flow(runners, kandor, "GOLD", "900", "kg", false, true);
		flow(miners, runners, "GOLD", "3", "t", false, false);

		mvc.perform(get(BASE + "/mass-balance", workspace).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].commodity").value("GOLD"))
			.andExpect(jsonPath("$[0].production").doesNotExist())
			.andExpect(jsonPath("$[0].unit").value("kg"))
			.andExpect(jsonPath("$[0].minersOutflow").value(900))
			.andExpect(jsonPath("$[0].informalShare").value(1))
			.andExpect(jsonPath("$[0].leavingCrossBorder").value(900))
			.andExpect(jsonPath("$[0].unaccounted").doesNotExist())
			.andExpect(jsonPath("$[0].notComparable[0].unit").value("t"));

		mvc.perform(get("/workspaces/{ws}/context/supply-chain", workspace).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No production estimate")))
			.andExpect(content().string(containsString("<svg")));
	}

	@Test
	void theMapIsWellFormedSvgAndNamesStayText() throws Exception {
		long odd = actor("<b>&\"x\"", "MINERS");
		long centre = actor("Buying centre", "BUYING_CENTRES");
		flow(odd, centre, "GOLD", "100", "kg", true, false);
		flow(odd, centre, "DIAMONDS", "40", "ct", false, false);

		byte[] svg = mvc.perform(get(BASE + "/graph.svg", workspace).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn().getResponse().getContentAsByteArray();
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
		assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(doc.getElementsByTagName("b").getLength()).isZero();
		assertThat(doc.getDocumentElement().getTextContent()).contains("<b>&\"x\"", "Buying centre", "Gold", "Diamonds");

		String gold = map.svg(workspace, Commodity.GOLD, java.util.Locale.FRENCH);
		assertThat(gold).contains("Mineurs", "100 kg").doesNotContain("40 ct");
		mvc.perform(get("/workspaces/{ws}/context/supply-chain", workspace).with(secretariat()).param("commodity", "DIAMONDS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;&amp;")))
			.andExpect(content().string(not(containsString("<b>&"))));
	}

	@Test
	void theFlowFormSavesOnceAndShowsARefusalBesideTheField() throws Exception {
		long miners = actor("Eastern Plateau diggers", "MINERS");
		long dealers = actor("Marasi dealers", "TRADERS_BROKERS");
		mvc.perform(get("/workspaces/{ws}/context/supply-chain/flows/new", workspace).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"token\"")))
			.andExpect(content().string(containsString("Eastern Plateau diggers")));

		mvc.perform(post("/workspaces/{ws}/context/supply-chain/flows/new", workspace).with(secretariat()).with(csrf())
			.param("fromActorId", String.valueOf(miners))
			.param("toActorId", String.valueOf(miners))
			.param("commodity", "DEVELOPMENT_MINERALS")
			.param("volumePerYear", "26 000")
			.param("unit", "t")
			.param("_formal", "on")
			.param("token", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be both ends")));

		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/workspaces/{ws}/context/supply-chain/flows/new", workspace).with(secretariat()).with(csrf())
				.param("fromActorId", String.valueOf(miners))
				.param("toActorId", String.valueOf(dealers))
				.param("commodity", "DEVELOPMENT_MINERALS")
				.param("volumePerYear", "26,000")
				.param("unit", "t")
				.param("_formal", "on")
				.param("source", "District works office")
				.param("token", token))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(get(BASE + "/flows", workspace).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].volumePerYear").value(26000))
			.andExpect(jsonPath("$[0].formal").value(false));
		mvc.perform(get("/workspaces/{ws}/context/supply-chain", workspace).with(secretariat()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bilan matière")))
			.andExpect(content().string(containsString("Marasi dealers")));
	}

	@Test
	void theDemoChainsAccountForMostButNotAllOfTwelveTonnesOfGold() {
		demo.seed(workspace);

		MassBalance gold = map.massBalances(workspace).stream().filter(b -> b.commodity() == Commodity.GOLD).findFirst().orElseThrow();
		assertThat(gold.unit()).isEqualTo("kg");
		assertThat(gold.minersOutflow()).isEqualByComparingTo("10400");
		assertThat(gold.minersInformal()).isEqualByComparingTo("4500");
		assertThat(gold.leavingCountry()).isEqualByComparingTo("10200");
		assertThat(gold.leavingCrossBorder()).isEqualByComparingTo("3800");
		assertThat(map.massBalances(workspace)).extracting(MassBalance::commodity)
			.containsExactly(Commodity.GOLD, Commodity.TIN_TANTALUM_TUNGSTEN, Commodity.DEVELOPMENT_MINERALS);
		assertThat(map.svg(workspace, null, java.util.Locale.ENGLISH)).contains("Bank of Meridia");
	}
}
