package org.openasm.shared.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The API describes itself to other tools, and a refused page says why in plain words. */
@OpenAsmTest
@AutoConfigureMockMvc
class ApiDescriptionAndRefusalsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theOpenApiDescriptionListsTheStableContractAndDeclaresBasicAuthentication() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workspaces")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workspaces/{workspaceId}/steps")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workspaces/{workspaceId}/outputs")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workspaces/{workspaceId}/taskforce/members")))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
	}

	@Test
	void swaggerUiIsServedFromTheServerItself() throws Exception {
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void aFormPostedWithoutAValidCsrfTokenIsRefusedAsExpiredNotAsAMatterOfRoles() throws Exception {
		mvc.perform(post("/account/password").with(user(users.loadUserByUsername("admin")))
			.param("current", "x")
			.param("password", "y")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			// MockMvc does not render error pages; error/403.html shows "This form has expired" for this flag.
			.andExpect(request().attribute("formExpired", true));
	}
}
