package org.openasm.strategy;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openasm.strategy.StrategyFixtures.body;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages of step 2.3 in the jurisdiction of {@link StrategyFixtures}: the hub and the type page with
 * the profile beside the form, refusals shown next to their field in English and French, the
 * instrument form offering the type's bad techniques to move away from and good ones to move towards,
 * the instruments page and the licence categories.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class StrategyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	StrategyFixtures.Jurisdiction j;

	@BeforeEach
	void aJurisdictionWithOneRankedType() throws Exception {
		j = StrategyFixtures.jurisdiction(mvc, workspaces, "Strategy pages");
	}

	RequestPostProcessor secretariat() {
		return user("secretariat-" + j.ws()).authorities(new SimpleGrantedAuthority("WS:" + j.ws() + ":SECRETARIAT"));
	}

	RequestPostProcessor member() {
		return user("member-" + j.ws()).authorities(new SimpleGrantedAuthority("WS:" + j.ws() + ":MEMBER"));
	}

	String typePath() {
		return "/workspaces/" + j.ws() + "/strategy/types/" + j.type();
	}

	void saveStrategy() throws Exception {
		mvc.perform(post(typePath()).with(secretariat()).with(csrf())
			.param("token", "page-s1").param("decision", "ACT")
			.param("allocateLand", "true").param("landAreaIds", String.valueOf(j.region())).param("landRationale", "Zones for the diggers")
			.param("supplyChain", "false").param("supplyChainRationale", "No scheme yet")
			.param("services", "").param("impactsApproach", "BOTH")
			.param("licensed", "true").param("licenceCategoryId", String.valueOf(j.category())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(typePath()))
			.andExpect(flash().attribute("saved", "strategy.saved"));
	}

	@Test
	void theHubListsTheRankedTypeAndItsPageShowsTheProfileBesideTheForm() throws Exception {
		mvc.perform(get("/workspaces/{ws}/strategy", j.ws()).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Alluvial gold"), containsString("No strategy"), containsString("</main>"))));
		mvc.perform(get(typePath()).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Whole-ore amalgamation"), containsString("Unacceptable"),
					containsString("Concentrate amalgamation without a retort"), containsString("Mercury at the gold sites"),
					containsString("42 (12 women, 30 men)"), not(containsString("id=\"save-strategy\"")), containsString("</main>"))));
		mvc.perform(get(typePath()).with(secretariat()))
			.andExpect(content().string(allOf(containsString("id=\"save-strategy\""), containsString("Northern Highlands"),
					containsString("ASM zone permit"), containsString("id=\"save-first\""))));
	}

	@Test
	void aStrategyRefusedOnItsFormSaysWhyNextToTheField() throws Exception {
		mvc.perform(post(typePath()).with(secretariat()).with(csrf()).param("token", "page-s0").param("decision", "CLOSE")
			.param("decisionReason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why: not acting on a type, or closing it, needs a reason.")));
		mvc.perform(post(typePath()).with(secretariat()).with(csrf()).locale(Locale.FRENCH).param("token", "page-s0b")
			.param("decision", "ACT").param("services", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dites pourquoi : un oui ou un non demande sa justification.")));
		saveStrategy();
		mvc.perform(get(typePath()).with(member()))
			.andExpect(content().string(allOf(containsString("Incomplete"), containsString("Zones for the diggers"))));
		mvc.perform(get("/workspaces/{ws}/strategy", j.ws()).with(member()))
			.andExpect(content().string(containsString("Land Yes · Supply chain No · Services —")));
	}

	@Test
	void theInstrumentFormOffersTheTypesFactsAndRefusesAGoodTechniqueToMoveAwayFrom() throws Exception {
		saveStrategy();
		String form = body(mvc.perform(get(typePath() + "/instruments/new").with(secretariat())).andExpect(status().isOk()));
		org.assertj.core.api.Assertions.assertThat(form)
			.contains("value=\"" + j.wholeOre() + "\" id=\"awayFromTechniqueIds", "value=\"" + j.noRetort() + "\" id=\"awayFromTechniqueIds",
					"value=\"" + j.retort() + "\" id=\"towardsTechniqueIds", "value=\"" + j.sluices() + "\" id=\"towardsTechniqueIds",
					"A timetable for phasing out mercury", "Mercury-free gold", "Ministry of Mines")
			.doesNotContain("value=\"" + j.retort() + "\" id=\"awayFromTechniqueIds");
		String instruments = body(mvc.perform(get("/api/v1/workspaces/{ws}/strategy/instruments", j.ws()).with(asAdmin())));
		List<Number> ids = JsonPath.read(instruments, "$[?(@.instrument.code == 'EQUIPMENT')].instrument.id");
		String equipment = String.valueOf(ids.get(0).longValue());
		mvc.perform(post(typePath() + "/instruments/new").with(secretariat()).with(csrf()).param("token", "page-c0")
			.param("instrumentId", equipment).param("awayFromTechniqueIds", String.valueOf(j.retort())).param("estimatedCost", "1,000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not graded unacceptable or poor in the vision")));
		mvc.perform(post(typePath() + "/instruments/new").with(secretariat()).with(csrf()).param("token", "page-c1")
			.param("instrumentId", equipment).param("awayFromTechniqueIds", String.valueOf(j.noRetort()))
			.param("towardsTechniqueIds", String.valueOf(j.retort())).param("goalIds", String.valueOf(j.goal()))
			.param("leadAgencyId", String.valueOf(j.mining())).param("estimatedCost", "250,000,000").param("target", "2,000 retorts sold at cost")
			.param("inputIds", String.valueOf(j.input())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(typePath() + "#instruments"));
		mvc.perform(get(typePath()).with(member()))
			.andExpect(content().string(allOf(containsString("Providing or subsidising equipment"), containsString("250,000,000.00"),
					containsString("towards Amalgam burned in a retort"), containsString("A timetable for phasing out mercury"),
					containsString("Incomplete"))));
		mvc.perform(get(typePath()).with(member()).locale(Locale.FRENCH))
			.andExpect(content().string(allOf(containsString("Fourniture ou subvention d’équipement"), containsString("</main>"))));
	}

	@Test
	void theInstrumentsAndLicenceCategoriesPagesRefuseWithReasons() throws Exception {
		mvc.perform(get("/workspaces/{ws}/strategy/instruments", j.ws()).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("State-sponsored buying scheme"), containsString("Promoting good practice"),
					containsString("</main>"))));
		mvc.perform(post("/workspaces/{ws}/strategy/instruments/new", j.ws()).with(secretariat()).with(csrf()).param("token", "page-i0")
			.param("name", "Buying scheme").param("mode", "ENABLE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick at least one stage")));
		mvc.perform(post("/workspaces/{ws}/strategy/instruments/new", j.ws()).with(secretariat()).with(csrf()).param("token", "page-i1")
			.param("name", "Mobile buyers").param("mode", "ENABLE").param("stages", "TRANSPORT_AND_SALE").param("issues", "LOST_REVENUE"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/workspaces/{ws}/strategy/instruments", j.ws()).with(member()))
			.andExpect(content().string(containsString("Mobile buyers")));

		mvc.perform(get("/workspaces/{ws}/registry/categories", j.ws()).with(member()).locale(Locale.FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Catégories de licence"), containsString("ASM zone permit"), containsString("</main>"))));
		mvc.perform(post("/workspaces/{ws}/registry/categories/new", j.ws()).with(secretariat()).with(csrf()).param("token", "page-k0")
			.param("name", "Quarry permit").param("eligibility", "ANYONE").param("maxAreaHectares", "0").param("durationMonths", "12")
			.param("applicationFee", "40,000").param("annualFee", "20,000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The maximum area must be above zero hectares.")));
		mvc.perform(post("/workspaces/{ws}/registry/categories/new", j.ws()).with(secretariat()).with(csrf()).param("token", "page-k1")
			.param("name", "Quarry permit").param("eligibility", "ANYONE").param("maxAreaHectares", "5").param("durationMonths", "12")
			.param("applicationFee", "40,000").param("annualFee", "20,000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", "registry.category.saved"));
		mvc.perform(get("/workspaces/{ws}/registry/categories", j.ws()).with(member()))
			.andExpect(content().string(allOf(containsString("Quarry permit"), containsString("40,000.00"))));
	}
}
