package org.openasm.identity;

import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The system administrator looks after accounts: a lost password is replaced, a leaver is disabled. */
@OpenAsmTest
@AutoConfigureMockMvc
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAdministratorSetsANewPasswordAndDisablesAnAccountWhichThenCannotSignIn() throws Exception {
		String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
		String body = mvc.perform(post("/api/v1/users").with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "displayName": "Adwoa Mensah", "password": "first-password-1"}
					""".formatted(username)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		mvc.perform(put("/api/v1/users/{id}/password", id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"short\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(put("/api/v1/users/{id}/password", id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"second-password-2\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").with(httpBasic(username, "first-password-1"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(username, "second-password-2"))).andExpect(status().isOk());

		mvc.perform(put("/api/v1/users/{id}/enabled", id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, "second-password-2"))).andExpect(status().isUnauthorized());
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
		String me = mvc.perform(get("/api/v1/me").with(asAdmin())).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(me, "$.id")).longValue();
		mvc.perform(put("/api/v1/users/{id}/enabled", id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"));
	}
}
