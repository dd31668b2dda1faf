package org.openasm.typology;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages of step 2.2 with one gold site and one salt site: a type through its form, refusals on the forms, the ranking recorded. */
@OpenAsmTest
@AutoConfigureMockMvc
class TypologyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	long ws;

	long goldSite;

	@BeforeEach
	void aJurisdictionWithTwoSites() throws Exception {
		ws = aJurisdiction(workspaces, "Type pages");
		goldSite = site("Kassa Diggings", "GOLD", "ALLUVIAL");
		site("Walo Salt Pans", "SALT", "OTHER");
	}

	RequestPostProcessor secretariat() {
		return user("secretariat-" + ws).authorities(new SimpleGrantedAuthority("WS:" + ws + ":SECRETARIAT"));
	}

	RequestPostProcessor member() {
		return user("member-" + ws).authorities(new SimpleGrantedAuthority("WS:" + ws + ":MEMBER"));
	}

	long site(String name, String commodity, String deposit) throws Exception {
		String json = """
				{"name": "%s", "longitude": "1.5", "latitude": "10.5", "commodity": "%s", "depositType": "%s", "mechanisation": "MANUAL",
				 "scale": "ARTISANAL", "women": 12, "men": 28, "minors": false, "legalStatus": "UNLICENSED", "impacts": [],
				 "observedOn": "2025-05-01", "observationSource": "District officer visit"}
				""".formatted(name, commodity, deposit);
		return number(mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void aTypeMadeOnItsFormTypesTheSitesAndTheRestAreListedWithTheirFix() throws Exception {
		mvc.perform(get("/workspaces/{ws}/types/new", ws).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"accepted[commodity]\"")))
			.andExpect(content().string(containsString("name=\"token\"")));
		mvc.perform(post("/workspaces/{ws}/types/new", ws).with(secretariat()).with(csrf())
			.param("name", "Alluvial gold").param("token", "page-1")
			.param("accepted[commodity]", "GOLD").param("accepted[deposit]", "ALLUVIAL"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workspaces/" + ws + "/types/*"));
		// The same form posted twice makes one type.
		mvc.perform(post("/workspaces/{ws}/types/new", ws).with(secretariat()).with(csrf())
			.param("name", "Alluvial gold").param("token", "page-1")
			.param("accepted[commodity]", "GOLD").param("accepted[deposit]", "ALLUVIAL"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/workspaces/{ws}/types", ws).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Commodity: Gold · Deposit type: Alluvial")))
			.andExpect(content().string(containsString("1 of 2 sites not typed")))
			.andExpect(content().string(containsString("1 of 2 sites are not typed (1 unassigned, 0 ambiguous)")))
			.andExpect(content().string(not(containsString("id=\"add-type\""))));
		mvc.perform(get("/workspaces/{ws}/types/problems", ws).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Walo Salt Pans")))
			.andExpect(content().string(containsString("No type takes it")))
			.andExpect(content().string(not(containsString(">Kassa Diggings</a>"))));
		// An override without a reason is refused on the form, in French too.
		mvc.perform(post("/workspaces/{ws}/types/overrides", ws).with(secretariat()).with(csrf()).locale(Locale.FRENCH)
			.param("siteId", String.valueOf(goldSite)).param("typeId", "1").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dites pourquoi ce site relève de ce type")));
		mvc.perform(get("/workspaces/{ws}/types/dimensions", ws).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From the site register")));
	}

	@Test
	void scoresAreRefusedOutsideOneToFiveOrWithoutAReasonAndTheRankingIsRecordedFromThePage() throws Exception {
		long type = number(mvc.perform(post("/api/v1/workspaces/{ws}/types", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Alluvial gold\", \"accepted\": {\"commodity\": [\"GOLD\"]}}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		List<Integer> criteria = JsonPath.read(mvc.perform(get("/api/v1/workspaces/{ws}/types/criteria", ws).with(asAdmin()))
			.andReturn().getResponse().getContentAsString(), "$[*].id");
		String path = "/workspaces/" + ws + "/types/" + type + "/scores/" + criteria.get(0);
		mvc.perform(get(path).with(secretariat())).andExpect(status().isOk())
			.andExpect(content().string(containsString("5: strongest case for priority")));
		mvc.perform(post(path).with(secretariat()).with(csrf()).param("score", "6").param("rationale", "Mercury"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be a whole number from 1 to 5")));
		mvc.perform(post(path).with(secretariat()).with(csrf()).param("score", "4").param("rationale", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("say why the type gets this score")));
		for (int criterion : criteria) {
			mvc.perform(post("/workspaces/{ws}/types/{t}/scores/{c}", ws, type, criterion).with(secretariat()).with(csrf())
				.param("score", "4").param("rationale", "Seen on the field visits"))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/workspaces/{ws}/types/scores", ws).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4.00")))
			.andExpect(content().string(containsString("so that 5 favours giving the type priority")));
		mvc.perform(get("/workspaces/{ws}/types/ranking", ws).with(member()).param("p", "150"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("from 1 to 100, not “150”")));
		mvc.perform(get("/workspaces/{ws}/types/ranking", ws).with(secretariat()).locale(Locale.FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Comment le classement est établi")))
			.andExpect(content().string(containsString("Aucun classement enregistré")))
			.andExpect(content().string(containsString(">4,00<")));
		mvc.perform(post("/workspaces/{ws}/types/ranking/record", ws).with(secretariat()).with(csrf()).param("p", "25").param("token", "rec-1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/workspaces/" + ws + "/types/ranking?p=25"))
			.andExpect(flash().attribute("saved", "typology.ranking.recorded"));
		mvc.perform(get("/workspaces/{ws}/types/ranking", ws).with(secretariat()))
			.andExpect(content().string(containsString("weights tested at ±25 %")))
			.andExpect(content().string(containsString("Recorded and up to date")));
		mvc.perform(post("/workspaces/{ws}/types/ranking/record", ws).with(member()).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aRefusedValueFileListsEveryWrongRowAndSavesNothing() throws Exception {
		long dimension = number(mvc.perform(post("/api/v1/workspaces/{ws}/types/dimensions", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Financing\", \"values\": [\"trader\", \"own funds\"]}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		MockMultipartFile file = new MockMultipartFile("file", "values.csv", "text/csv",
				("site_id,value\n" + goldSite + ",bank\n").getBytes());
		mvc.perform(multipart("/workspaces/{ws}/types/dimensions/{d}/import", ws, dimension).file(file).with(secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("importErrors", List.of("Row 2, value: “bank” is not a value of the dimension Financing")));
		MockMultipartFile good = new MockMultipartFile("file", "values.csv", "text/csv", ("site_id,value\n" + goldSite + ",Trader\n").getBytes());
		mvc.perform(multipart("/workspaces/{ws}/types/dimensions/{d}/import", ws, dimension).file(good).with(secretariat()).with(csrf()))
			.andExpect(flash().attribute("savedText", "1 values set; 0 rows already said so."));
		mvc.perform(get("/workspaces/{ws}/types/dimensions/{d}", ws, dimension).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kassa Diggings")))
			.andExpect(content().string(containsString("trader")));
	}
}
