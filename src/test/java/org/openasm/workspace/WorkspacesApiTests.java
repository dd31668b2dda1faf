package org.openasm.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@OpenAsmTest
@AutoConfigureMockMvc
class WorkspacesApiTests {

	@Autowired
	MockMvc mvc;

	static String aProvince(String name, String countryCode, Long version) {
		return """
				{"name": "%s", "level": "SUBNATIONAL", "countryCode": "%s", "languages": ["fr", "en"], "currency": "xof", "version": %s}
				""".formatted(name, countryCode, version);
	}

	ResultActions create(String json, String key) throws Exception {
		var request = post("/api/v1/workspaces").with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	@Test
	void theSystemAdministratorCreatesAWorkspaceAndARetryWithTheSameKeyGivesTheSameOne() throws Exception {
		String name = "Province du Kivu-Test " + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		String body = create(aProvince(name, "cd", null), key).andExpect(status().isCreated())
			.andExpect(jsonPath("$.countryCode").value("CD"))
			.andExpect(jsonPath("$.currency").value("XOF"))
			.andExpect(jsonPath("$.level").value("SUBNATIONAL"))
			.andExpect(jsonPath("$.languages[0]").value("fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = number(body, "$.id");
		create(aProvince(name, "cd", null), key).andExpect(status().is2xxSuccessful()).andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/workspaces").with(asAdmin()))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].name", hasItem(name)));
		mvc.perform(get("/api/v1/workspaces/{id}/taskforce/agencies", id).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(7));
	}

	@Test
	void aSecondWorkspaceWithTheSameNameIsRefusedNamingTheNameField() throws Exception {
		String name = "Duplicate " + UUID.randomUUID();
		create(aProvince(name, "GH", null), null).andExpect(status().isCreated());
		create(aProvince(name.toUpperCase(), "GH", null), null).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void aCountryCodeThatIsNotTwoLettersIsRefusedNamingTheField() throws Exception {
		create(aProvince("Bad country " + UUID.randomUUID(), "G1H", null), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("countryCode")))
			.andExpect(jsonPath("$.errors[?(@.field == 'countryCode')].message")
				.value("must be a two-letter ISO 3166 country code"));
	}

	@Test
	void describingAWorkspaceFromAStaleCopyIsAConflict() throws Exception {
		String name = "Stale " + UUID.randomUUID();
		long id = number(create(aProvince(name, "ML", null), null).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(put("/api/v1/workspaces/{id}", id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(aProvince(name + " (renamed)", "ML", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name + " (renamed)"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/workspaces/{id}", id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(aProvince(name + " (again)", "ML", 0L)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", startsWith("Changed by admin at ")));
		String now = mvc.perform(get("/api/v1/workspaces/{id}", id).with(asAdmin())).andReturn().getResponse().getContentAsString();
		assertThat(number(now, "$.version")).isEqualTo(1);
	}

	@Test
	void withoutCredentialsTheApiAnswers401AsAProblem() throws Exception {
		mvc.perform(get("/api/v1/workspaces"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists("WWW-Authenticate"));
	}
}
