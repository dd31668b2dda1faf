package org.openasm.partners;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceCreated;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The partner pages as a browser uses them: the secretariat adds partners and commitments; French reads French. */
@OpenAsmTest
@AutoConfigureMockMvc
class PartnerPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	PartnersSeeding seeding;

	long workspace;

	@BeforeEach
	void aFreshJurisdiction() {
		workspace = aJurisdiction(workspaces, "Partner pages");
	}

	RequestPostProcessor secretariat() {
		return user("secretariat-" + workspace).authorities(new SimpleGrantedAuthority("WS:" + workspace + ":SECRETARIAT"));
	}

	RequestPostProcessor member() {
		return user("member-" + workspace).authorities(new SimpleGrantedAuthority("WS:" + workspace + ":MEMBER"));
	}

	@Test
	void theSecretariatAddsAPartnerThroughTheFormAndSeesItListed() throws Exception {
		mvc.perform(get("/workspaces/{ws}/partners/new", workspace).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"token\"")));

		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/workspaces/{ws}/partners/new", workspace).with(secretariat())
				.with(csrf())
				.param("name", "Terres Vivantes ASM Practitioners' Network")
				.param("type", "NGO_TECHNICAL_EXPERT")
				.param("helpAreas", "DESIGN", "MONITOR")
				.param("status", "ENGAGED")
				.param("contactPerson", "Aïssata Coulibaly")
				.param("token", token))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/api/v1/workspaces/{ws}/partners", workspace).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].helpAreas.length()").value(2));

		mvc.perform(get("/workspaces/{ws}/partners", workspace).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Terres Vivantes ASM Practitioners&#39; Network")))
			.andExpect(content().string(containsString("Design, Monitoring")))
			.andExpect(content().string(containsString("id=\"step-status\"")))
			.andExpect(content().string(not(containsString("id=\"add-partner\""))));
	}

	@Test
	void aCommitmentTypedTheFrenchWayIsAddedAndTotalledInTheWorkspaceCurrency() throws Exception {
		long partner = number(mvc.perform(post("/api/v1/workspaces/{ws}/partners", workspace).with(asAdmin())
			.contentType("application/json")
			.content("{\"name\":\"Multilateral ASM Facility\",\"type\":\"MULTILATERAL\",\"status\":\"ENGAGED\",\"helpAreas\":[\"FINANCE\"]}"))
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(post("/workspaces/{ws}/partners/{p}/commitments", workspace, partner).with(secretariat())
			.with(csrf())
			.locale(Locale.FRENCH)
			.param("amount", "2 000,50")
			.param("currency", "eur")
			.param("rate", "1,1")
			.param("yearFrom", "2026")
			.param("yearTo", "2027")
			.param("status", "COMMITTED")
			.param("token", UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection());

		// 2,000.50 EUR at 1.1 = 2,200.55 USD, 1,100.27 in 2026 and 1,100.28 in 2027.
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/totals", workspace).with(asAdmin()))
			.andExpect(jsonPath("$.total").value(2200.55))
			.andExpect(jsonPath("$.byYear.2026").value(1100.27))
			.andExpect(jsonPath("$.byYear.2027").value(1100.28));
		mvc.perform(get("/workspaces/{ws}/partners/{p}", workspace, partner).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2,200.55 USD")));
	}

	@Test
	void aCommitmentIsEditedThroughItsFormAndAStaleCopyIsRefused() throws Exception {
		long partner = number(mvc.perform(post("/api/v1/workspaces/{ws}/partners", workspace).with(asAdmin())
			.contentType("application/json")
			.content("{\"name\":\"Nordland Cooperation\",\"type\":\"BILATERAL_DONOR\",\"status\":\"ENGAGED\"}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		long commitment = number(mvc.perform(post("/api/v1/workspaces/{ws}/partners/{p}/commitments", workspace, partner).with(asAdmin())
			.contentType("application/json")
			.content("{\"amount\":1000,\"currency\":\"EUR\",\"rate\":1.1,\"yearFrom\":2025,\"yearTo\":2026,\"status\":\"PLEDGED\"}"))
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/workspaces/{ws}/partners/{p}/commitments/{c}/edit", workspace, partner, commitment).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"commitment-form\"")))
			.andExpect(content().string(containsString("value=\"1.1\"")));
		for (String status : new String[] { "COMMITTED", "DISBURSED" }) {
			var result = mvc.perform(post("/workspaces/{ws}/partners/{p}/commitments/{c}/edit", workspace, partner, commitment)
				.with(secretariat())
				.with(csrf())
				.param("amount", "1,000")
				.param("currency", "EUR")
				.param("rate", "1.1")
				.param("yearFrom", "2025")
				.param("yearTo", "2026")
				.param("status", status)
				.param("version", "0"));
			if (status.equals("COMMITTED")) {
				result.andExpect(status().is3xxRedirection());
			}
			else {
				result.andExpect(status().isOk()).andExpect(content().string(containsString("Changed by ")));
			}
		}
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/{p}/commitments/{c}", workspace, partner, commitment).with(asAdmin()))
			.andExpect(jsonPath("$.status").value("COMMITTED"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(post("/workspaces/{ws}/partners/{p}/commitments/{c}/delete", workspace, partner, commitment)
			.with(secretariat())
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/{p}/commitments", workspace, partner).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void badInputIsShownNextToTheFieldInFrench() throws Exception {
		String page = mvc.perform(post("/workspaces/{ws}/partners/new", workspace).with(secretariat())
			.with(csrf())
			.locale(Locale.FRENCH)
			.param("name", " ")
			.param("type", "MULTILATERAL")
			.param("status", "IDENTIFIED")
			.param("token", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("id=\"partner-form\"")
			.contains("doit être renseigné")
			.contains("Domaines d’appui")
			.contains("Personne de contact");

		long partner = number(mvc.perform(post("/api/v1/workspaces/{ws}/partners", workspace).with(asAdmin())
			.contentType("application/json")
			.content("{\"name\":\"Nordland Cooperation\",\"type\":\"BILATERAL_DONOR\",\"status\":\"ENGAGED\"}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		String refused = mvc.perform(post("/workspaces/{ws}/partners/{p}/commitments", workspace, partner).with(secretariat())
			.with(csrf())
			.locale(Locale.FRENCH)
			.param("amount", "1000")
			.param("currency", "USD")
			.param("rate", "600")
			.param("yearFrom", "2025")
			.param("yearTo", "2025")
			.param("status", "PLEDGED")
			.param("token", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(refused)
			.contains("id=\"commitment-form\"")
			.contains("Un engagement en USD, la devise de l’espace de travail, se convertit au taux de 1 exactement, et non 600.");
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/{p}/commitments", workspace, partner).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void thePartnerPagesAndTheHistoryOpenForGovernmentStaff() throws Exception {
		long partner = number(mvc.perform(post("/api/v1/workspaces/{ws}/partners", workspace).with(asAdmin())
			.contentType("application/json")
			.content("{\"name\":\"Kessan Gold Refinery\",\"type\":\"DOWNSTREAM_COMPANY\",\"status\":\"CONTACTED\",\"helpAreas\":[\"MONITOR\"]}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/workspaces/{ws}/partners/{p}/edit", workspace, partner).with(secretariat())).andExpect(status().isOk());
		mvc.perform(get("/workspaces/{ws}/partners", workspace).with(member()).param("status", "ENGAGED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No partner matches this filter.")));
		mvc.perform(get("/workspaces/{ws}/history/Partner/{p}", workspace, partner).with(member()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Downstream company")))
			.andExpect(content().string(containsString("MONITOR")));
	}

	@Test
	void theDemoJurisdictionHasPartnersInSeveralCurrenciesAndStepOneFourIsReady() throws Exception {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Demo partners " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(java.util.List.of("en", "fr"));
		// Not a demo workspace (that would also create the demo users); the partners' demo seeding alone.
		long demo = workspaces.create(form, false);
		seeding.on(new WorkspaceCreated(demo, true));
		mvc.perform(get("/api/v1/workspaces/{ws}/partners", demo).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(6));
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/totals", demo).with(asAdmin()))
			.andExpect(jsonPath("$.currency").value("XOF"))
			// 1,500,000 EUR × 655.957 + 2,150,000 USD × 600 + 290,000,000 XOF
			.andExpect(jsonPath("$.total").value(2563935500.0));
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", demo).with(asAdmin()))
			.andExpect(jsonPath("$[3].status").value("READY"));
	}
}
