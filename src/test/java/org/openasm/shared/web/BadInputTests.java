package org.openasm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.memberJson;
import static org.openasm.support.Jurisdictions.ministries;
import static org.openasm.support.Jurisdictions.seat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Input that must be refused with the field and the reason, and records that must stay out of reach. */
@OpenAsmTest
@AutoConfigureMockMvc
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditThatDoesNotSayWhichVersionItWasMadeOnIsRefusedNamingTheVersion() throws Exception {
		long ws = aJurisdiction(workspaces, "No version");
		long mines = ministries(mvc, ws).get("MINING");
		long member = seat(mvc, ws, "Abena Owusu", mines, "MEMBER");
		mvc.perform(put("/api/v1/workspaces/{ws}/taskforce/members/{id}", ws, member).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberJson("Abena Owusu-Mensah", mines, "MEMBER", null, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/members/{id}", ws, member).with(asAdmin()))
			.andExpect(jsonPath("$.fullName").value("Abena Owusu"));
	}

	@Test
	void anIdempotencyKeyReusedForADifferentRecordIsRefusedAndCreatesNothing() throws Exception {
		long ws = aJurisdiction(workspaces, "Key reuse");
		long mines = ministries(mvc, ws).get("MINING");
		String key = UUID.randomUUID().toString();
		mvc.perform(post("/api/v1/workspaces/{ws}/taskforce/members", ws).with(asAdmin())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberJson("Yaw Darko", mines, "MEMBER", null, null)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/workspaces/{ws}/taskforce/members", ws).with(asAdmin())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberJson("Akosua Darko", mines, "MEMBER", null, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("token"));
		mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/members", ws).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].fullName").value("Yaw Darko"));
	}

	@Test
	void aValueOfTheWrongTypeNamesItsField() throws Exception {
		long ws = aJurisdiction(workspaces, "Wrong type");
		long mines = ministries(mvc, ws).get("MINING");
		mvc.perform(post("/api/v1/workspaces/{ws}/taskforce/members", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberJson("Kofi Boateng", mines, "KING", null, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("role")));
	}

	@Test
	void aCountryOrCurrencyCodeThatIsWellFormedButDoesNotExistIsRefused() throws Exception {
		String body = """
				{"name": "Nowhere %s", "level": "NATIONAL", "countryCode": "%s", "languages": ["en"], "currency": "%s"}
				""";
		mvc.perform(post("/api/v1/workspaces").with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(UUID.randomUUID(), "ZY", "USD")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("countryCode"));
		mvc.perform(post("/api/v1/workspaces").with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(UUID.randomUUID(), "GH", "ZZZ")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("currency"));
	}

	@Test
	void anAccountHasNoHistoryInsideAWorkspace() throws Exception {
		long ws = aJurisdiction(workspaces, "Accounts stay out");
		Long adminId = jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
		assertThat(adminId).isNotNull();
		mvc.perform(get("/api/v1/workspaces/{ws}/history/UserAccount/{id}", ws, adminId).with(asAdmin()))
			.andExpect(status().isNotFound());
	}
}
