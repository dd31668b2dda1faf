package org.openasm.taskforce;

import static org.hamcrest.Matchers.containsString;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.memberJson;
import static org.openasm.support.Jurisdictions.ministries;
import static org.openasm.support.Jurisdictions.seat;
import static org.openasm.support.Jurisdictions.signedInAsAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The member form as a browser posts it: a stale copy is refused with who changed it, a double post saves once. */
@OpenAsmTest
@AutoConfigureMockMvc
class MemberPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	long workspace;

	Map<String, Long> ministry;

	@BeforeEach
	void aJurisdictionWithItsMinistries() throws Exception {
		workspace = aJurisdiction(workspaces, "Member pages");
		ministry = ministries(mvc, workspace);
	}

	@Test
	void theFormOfAStaleCopyComesBackSayingWhoChangedItAndSavesNothing() throws Exception {
		long id = seat(mvc, workspace, "Jean-Baptiste Mbemba", ministry.get("ENVIRONMENT"), "MEMBER");
		// Someone else changes the member after the form was opened at version 0.
		mvc.perform(put("/api/v1/workspaces/{ws}/taskforce/members/{id}", workspace, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberJson("Jean-Baptiste Mbemba", ministry.get("ENVIRONMENT"), "MEMBER", "Chief Environmental Inspector", 0L)))
			.andExpect(status().isOk());

		mvc.perform(post("/workspaces/{ws}/taskforce/members/{id}/edit", workspace, id).with(signedInAsAdmin())
			.with(csrf())
			.param("fullName", "J.-B. Mbemba")
			.param("agencyId", ministry.get("ENVIRONMENT").toString())
			.param("role", "MEMBER")
			.param("position", "Inspector")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed by admin at ")))
			.andExpect(content().string(containsString("id=\"member-form\"")));

		mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/members/{id}", workspace, id).with(asAdmin()))
			.andExpect(jsonPath("$.fullName").value("Jean-Baptiste Mbemba"))
			.andExpect(jsonPath("$.position").value("Chief Environmental Inspector"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void theNewMemberFormCarriesAFreshTokenAndPostedTwiceSavesOnce() throws Exception {
		mvc.perform(get("/workspaces/{ws}/taskforce/members/new", workspace).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"token\"")));

		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/workspaces/{ws}/taskforce/members/new", workspace).with(signedInAsAdmin())
				.with(csrf())
				.param("fullName", "Fatoumata Diarra")
				.param("agencyId", ministry.get("LAND").toString())
				.param("role", "MEMBER")
				.param("token", token))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/workspaces/" + workspace + "/taskforce"));
		}
		mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/members", workspace).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].fullName").value("Fatoumata Diarra"));
	}

	@Test
	void aBlankNameOnTheFormIsShownNextToTheFieldAndSavesNothing() throws Exception {
		mvc.perform(post("/workspaces/{ws}/taskforce/members/new", workspace).with(signedInAsAdmin())
			.with(csrf())
			.param("fullName", " ")
			.param("agencyId", ministry.get("LAND").toString())
			.param("role", "MEMBER")
			.param("token", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be filled in")));
		mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/members", workspace).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(0));
	}
}
