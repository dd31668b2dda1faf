package org.openasm.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@OpenAsmTest
@AutoConfigureMockMvc
class StepsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void aNewWorkspaceListsTheElevenStepsWithTaskForceNotStarted() throws Exception {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Steps " + UUID.randomUUID());
		form.setCountryCode("XA");
		form.setCurrency("USD");
		form.setLanguages(List.of("en"));
		long id = workspaces.create(form, false);
		mvc.perform(get("/api/v1/workspaces/{id}/steps", id).with(httpBasic("admin", "test-admin-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(11))
			.andExpect(jsonPath("$[0].code").value("1.1"))
			.andExpect(jsonPath("$[0].status").value("NOT_STARTED"))
			.andExpect(jsonPath("$[0].missing.length()").value(7))
			.andExpect(jsonPath("$[10].code").value("3.3"));
	}
}
