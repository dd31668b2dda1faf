package org.openasm.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

/** Partners and commitments over the API: versions, repeat-safe creates, refusals naming the field, totals and step 1.4. */
@OpenAsmTest
@AutoConfigureMockMvc
class PartnersApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	/** A jurisdiction whose currency is USD (see {@code Jurisdictions}). */
	long workspace;

	@BeforeEach
	void aFreshJurisdiction() {
		workspace = aJurisdiction(workspaces, "Partners");
	}

	static String partnerJson(String name, String type, String status, String areas, Long version) {
		return """
				{"name": "%s", "type": "%s", "status": "%s", "helpAreas": [%s], "contactPerson": "Ingrid Solberg",
				 "asmExperience": "Ten years of mining governance programmes", "version": %s}
				""".formatted(name, type, status, areas, version);
	}

	static String commitmentJson(String amount, String currency, String rate, int from, int to, String status, Long version) {
		return """
				{"amount": %s, "currency": "%s", "rate": %s, "yearFrom": %d, "yearTo": %d, "status": "%s",
				 "purpose": "Formalisation support", "version": %s}
				""".formatted(amount, currency, rate, from, to, status, version);
	}

	ResultActions addPartner(String json, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/partners", workspace).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	long partner(String name, String status, String areas) throws Exception {
		return number(addPartner(partnerJson(name, "BILATERAL_DONOR", status, areas, null), null).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	ResultActions addCommitment(long partner, String json, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/partners/{p}/commitments", workspace, partner).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	ResultActions partners() throws Exception {
		return mvc.perform(get("/api/v1/workspaces/{ws}/partners", workspace).with(asAdmin()));
	}

	@Test
	void aPartnerIsCreatedChangedWithItsVersionAndAStaleChangeIsRefusedWith409() throws Exception {
		long id = number(addPartner(partnerJson("Meridia–Nordland Development Cooperation", "BILATERAL_DONOR", "CONTACTED",
				"\"DESIGN\",\"FINANCE\"", null), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("BILATERAL_DONOR"))
			.andExpect(jsonPath("$.helpAreas.length()").value(2))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(put("/api/v1/workspaces/{ws}/partners/{id}", workspace, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(partnerJson("Meridia–Nordland Development Cooperation", "BILATERAL_DONOR", "ENGAGED", "\"FINANCE\"", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENGAGED"))
			.andExpect(jsonPath("$.helpAreas[0]").value("FINANCE"))
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(put("/api/v1/workspaces/{ws}/partners/{id}", workspace, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(partnerJson("Nordland Cooperation", "BILATERAL_DONOR", "IDENTIFIED", "", 0L)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", startsWith("Changed by admin at ")));

		mvc.perform(get("/api/v1/workspaces/{ws}/partners/{id}", workspace, id).with(asAdmin()))
			.andExpect(jsonPath("$.name").value("Meridia–Nordland Development Cooperation"))
			.andExpect(jsonPath("$.status").value("ENGAGED"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void aRetriedCreateWithTheSameKeyMakesOnePartnerAndTheSameKeyWithOtherContentIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		String json = partnerJson("Multilateral ASM Facility", "MULTILATERAL", "IDENTIFIED", "\"FINANCE\"", null);
		long first = number(addPartner(json, key).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		long second = number(addPartner(json, key).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(),
				"$.id");
		assertThat(second).isEqualTo(first);
		partners().andExpect(jsonPath("$.length()").value(1));

		addPartner(partnerJson("Another Facility", "MULTILATERAL", "IDENTIFIED", "\"FINANCE\"", null), key)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("token"));
		partners().andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void aRetriedCommitmentWithTheSameKeyIsRecordedOnce() throws Exception {
		long p = partner("Caisse méridienne de microfinance", "ENGAGED", "\"FINANCE\"");
		String key = UUID.randomUUID().toString();
		String json = commitmentJson("1000", "USD", "1", 2025, 2026, "COMMITTED", null);
		addCommitment(p, json, key).andExpect(status().isCreated());
		addCommitment(p, json, key).andExpect(status().is2xxSuccessful());
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/{p}/commitments", workspace, p).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void aBlankNameAndADuplicateNameAreRefusedNamingTheNameField() throws Exception {
		addPartner(partnerJson("  ", "NGO_TECHNICAL_EXPERT", "IDENTIFIED", "", null), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
		partner("Terres Vivantes", "IDENTIFIED", "");
		addPartner(partnerJson(" TERRES VIVANTES ", "NGO_TECHNICAL_EXPERT", "IDENTIFIED", "", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.detail", containsString("already exists")));
		partners().andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void commitmentRefusalsNameTheirField() throws Exception {
		long p = partner("Multilateral ASM Facility", "ENGAGED", "\"FINANCE\"");
		// USD is this workspace's own currency: it converts at 1, nothing else.
		addCommitment(p, commitmentJson("1000", "usd", "600", 2025, 2026, "PLEDGED", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rate"));
		addCommitment(p, commitmentJson("1000", "EUR", "1.1", 2027, 2025, "PLEDGED", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("yearTo"));
		addCommitment(p, commitmentJson("1000", "ABC", "2", 2025, 2025, "PLEDGED", null), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("currency"))
			.andExpect(jsonPath("$.detail", containsString("ABC")));
		addCommitment(p, commitmentJson("0", "EUR", "0", 1999, 2025, "PLEDGED", null), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("amount")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rate")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("yearFrom")));
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/{p}/commitments", workspace, p).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void refusalsAreInFrenchForAFrenchSpeakingCaller() throws Exception {
		long p = partner("Multilateral ASM Facility", "ENGAGED", "\"FINANCE\"");
		String body = mvc.perform(post("/api/v1/workspaces/{ws}/partners/{p}/commitments", workspace, p).with(asAdmin())
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content(commitmentJson("1000", "EUR", "655.957", 2028, 2025, "PLEDGED", null)))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("\"field\":\"yearTo\"").contains("La période ne peut pas se terminer en 2025, avant son début en 2028.");
	}

	@Test
	void totalsAreInTheWorkspaceCurrencyByPartnerStatusAndYear() throws Exception {
		long donor = partner("Nordland Cooperation", "ENGAGED", "\"FINANCE\"");
		long bank = partner("Caisse méridienne", "ENGAGED", "\"FINANCE\"");
		// 400 USD over 2025–2028 is 100 a year; 2,000 EUR at 1.1 in 2026 is 2,200 USD.
		addCommitment(donor, commitmentJson("400", "USD", "1", 2025, 2028, "COMMITTED", null), null).andExpect(status().isCreated());
		long eur = number(addCommitment(bank, commitmentJson("2000", "EUR", "1.1", 2026, 2026, "PLEDGED", null), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.converted").value(2200.0))
			.andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/api/v1/workspaces/{ws}/partners/totals", workspace).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currency").value("USD"))
			.andExpect(jsonPath("$.total").value(2600.0))
			.andExpect(jsonPath("$.byStatus.COMMITTED").value(400.0))
			.andExpect(jsonPath("$.byStatus.PLEDGED").value(2200.0))
			.andExpect(jsonPath("$.byStatus.DISBURSED").value(0.0))
			.andExpect(jsonPath("$.byYear.2025").value(100.0))
			.andExpect(jsonPath("$.byYear.2026").value(2300.0))
			.andExpect(jsonPath("$.byYear.2028").value(100.0));
		partners().andExpect(jsonPath("$[?(@.name == 'Caisse méridienne')].total", hasItem(2200.0)));

		// A disbursement recorded: the commitment's status changes with its version.
		mvc.perform(put("/api/v1/workspaces/{ws}/partners/{p}/commitments/{c}", workspace, bank, eur).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(commitmentJson("2000", "EUR", "1.1", 2026, 2026, "DISBURSED", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISBURSED"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/totals", workspace).with(asAdmin()))
			.andExpect(jsonPath("$.byStatus.DISBURSED").value(2200.0))
			.andExpect(jsonPath("$.byStatus.PLEDGED").value(0.0));

		mvc.perform(delete("/api/v1/workspaces/{ws}/partners/{p}", workspace, bank).with(asAdmin()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/totals", workspace).with(asAdmin()))
			.andExpect(jsonPath("$.total").value(400.0));
	}

	@Test
	void aPartnerOfAnotherJurisdictionIsNotFoundHere() throws Exception {
		long elsewhere = aJurisdiction(workspaces, "Partners elsewhere");
		long foreign = number(mvc.perform(post("/api/v1/workspaces/{ws}/partners", elsewhere).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(partnerJson("Foreign Donor", "BILATERAL_DONOR", "ENGAGED", "", null)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/workspaces/{ws}/partners/{p}", workspace, foreign).with(asAdmin())).andExpect(status().isNotFound());
		addCommitment(foreign, commitmentJson("10", "EUR", "1.1", 2025, 2025, "PLEDGED", null), null)
			.andExpect(status().isNotFound());
	}

	@Test
	void stepOneFourGoesFromNotStartedToInProgressToReady() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", workspace).with(asAdmin()))
			.andExpect(jsonPath("$[3].code").value("1.4"))
			.andExpect(jsonPath("$[3].status").value("NOT_STARTED"))
			.andExpect(jsonPath("$[3].missing.length()").value(1));

		long id = partner("Multilateral ASM Facility", "CONTACTED", "\"DESIGN\"");
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", workspace).with(asAdmin()))
			.andExpect(jsonPath("$[3].status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$[3].missing[0]", containsString("Engage at least one partner")));

		mvc.perform(put("/api/v1/workspaces/{ws}/partners/{id}", workspace, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(partnerJson("Multilateral ASM Facility", "MULTILATERAL", "ENGAGED", "", 0L)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", workspace).with(asAdmin()))
			.andExpect(jsonPath("$[3].status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$[3].missing[0]", containsString("Record where Multilateral ASM Facility helps")));

		mvc.perform(put("/api/v1/workspaces/{ws}/partners/{id}", workspace, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(partnerJson("Multilateral ASM Facility", "MULTILATERAL", "ENGAGED", "\"DESIGN\",\"FINANCE\"", 1L)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", workspace).with(asAdmin()))
			.andExpect(jsonPath("$[3].status").value("READY"))
			.andExpect(jsonPath("$[3].missing.length()").value(0));
	}
}
