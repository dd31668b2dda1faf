package org.openasm.identity;

import static org.hamcrest.Matchers.hasItem;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A workspace's own administrator decides who holds which role in it, and only in it. */
@OpenAsmTest
@AutoConfigureMockMvc
class WorkspaceRolesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void aWorkspaceAdministratorGrantsAndRemovesRolesButNotTheirOwnAdministration() throws Exception {
		long ws = aJurisdiction(workspaces, "Roles");
		String chief = account("chief");
		String officer = account("officer");
		grant(asAdmin(), ws, chief, "ADMIN").andExpect(status().isOk());

		grant(httpBasic(chief, "a-good-password-1"), ws, officer, "OFFICER")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem(officer)));
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(httpBasic(officer, "a-good-password-1"))).andExpect(status().isOk());

		grant(httpBasic(chief, "a-good-password-1"), ws, "nobody-" + UUID.randomUUID(), "OFFICER")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("username"));

		String holders = mvc.perform(get("/api/v1/workspaces/{ws}/roles", ws).with(httpBasic(chief, "a-good-password-1")))
			.andReturn().getResponse().getContentAsString();
		long officerRole = id(holders, officer);
		long chiefRole = id(holders, chief);
		mvc.perform(delete("/api/v1/workspaces/{ws}/roles/{m}", ws, chiefRole).with(httpBasic(chief, "a-good-password-1")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(delete("/api/v1/workspaces/{ws}/roles/{m}", ws, officerRole).with(httpBasic(chief, "a-good-password-1")))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(httpBasic(officer, "a-good-password-1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRoleCannotBeRemovedThroughAnotherWorkspace() throws Exception {
		long mine = aJurisdiction(workspaces, "Mine");
		long other = aJurisdiction(workspaces, "Other");
		String officer = account("officer");
		grant(asAdmin(), other, officer, "OFFICER").andExpect(status().isOk());
		String holders = mvc.perform(get("/api/v1/workspaces/{ws}/roles", other).with(asAdmin()))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(delete("/api/v1/workspaces/{ws}/roles/{m}", mine, id(holders, officer)).with(asAdmin()))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions grant(
			org.springframework.test.web.servlet.request.RequestPostProcessor who, long ws, String username, String role)
			throws Exception {
		return mvc.perform(post("/api/v1/workspaces/{ws}/roles", ws).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"role\": \"%s\"}".formatted(username, role)));
	}

	private String account(String what) throws Exception {
		String username = what + "-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/users").with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"displayName\": \"%s\", \"password\": \"a-good-password-1\"}".formatted(username, what)))
			.andExpect(status().isCreated());
		return username;
	}

	private static long id(String holders, String username) {
		List<Number> ids = JsonPath.read(holders, "$[?(@.username == '" + username + "')].membershipId");
		return ids.get(0).longValue();
	}
}
