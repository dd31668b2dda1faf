package org.openasm.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.memberJson;
import static org.openasm.support.Jurisdictions.ministries;
import static org.openasm.support.Jurisdictions.seat;
import static org.openasm.support.Jurisdictions.signedInAsAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@OpenAsmTest
@AutoConfigureMockMvc
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	RecordHistory history;

	long workspace;

	long member;

	Map<String, Long> ministry;

	/** Amara Kéïta is seated for mines, then given a position, then moved to the land ministry as Amara Kéïta-Diallo. */
	@BeforeEach
	void aMemberChangedTwice() throws Exception {
		workspace = aJurisdiction(workspaces, "Audit");
		ministry = ministries(mvc, workspace);
		member = seat(mvc, workspace, "Amara Kéïta", ministry.get("MINING"), "CHAIR");
		change(memberJson("Amara Kéïta", ministry.get("MINING"), "CHAIR", "Director General of Mines", 0L));
		change(memberJson("Amara Kéïta-Diallo", ministry.get("LAND"), "CHAIR", "Director General of Mines", 1L));
	}

	void change(String json) throws Exception {
		mvc.perform(put("/api/v1/workspaces/{ws}/taskforce/members/{id}", workspace, member).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk());
	}

	@Test
	void aMemberChangedTwiceHasThreeEntriesSayingWhoAndEachFieldBeforeAndAfter() {
		List<HistoryEntry> entries = history.of(workspace, "TaskForceMember", member);

		assertThat(entries).extracting(HistoryEntry::action).containsExactly("ADD", "MOD", "MOD");
		assertThat(entries).extracting(HistoryEntry::by).containsOnly("admin");
		assertThat(entries).extracting(HistoryEntry::revision).isSorted();
		assertThat(entries.get(0).changes()).contains(new Change("fullName", null, "Amara Kéïta"),
				new Change("role", null, "Chair")); // enum values in the reader's words
		assertThat(entries.get(1).changes()).containsExactly(new Change("position", null, "Director General of Mines"));
		String mines = name("MINING");
		String land = name("LAND");
		assertThat(entries.get(2).changes()).containsExactlyInAnyOrder(new Change("agency", mines, land),
				new Change("fullName", "Amara Kéïta", "Amara Kéïta-Diallo"));
	}

	@Test
	void theHistoryApiGivesTheSameThreeEntriesOldestFirst() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/history/TaskForceMember/{id}", workspace, member).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].action").value("ADD"))
			.andExpect(jsonPath("$[1].action").value("MOD"))
			.andExpect(jsonPath("$[2].action").value("MOD"))
			.andExpect(jsonPath("$[1].by").value("admin"))
			.andExpect(jsonPath("$[1].at").isNotEmpty())
			.andExpect(jsonPath("$[1].changes[0].field").value("position"))
			.andExpect(jsonPath("$[1].changes[0].before").doesNotExist())
			.andExpect(jsonPath("$[1].changes[0].after").value("Director General of Mines"))
			.andExpect(jsonPath("$[2].changes[?(@.field == 'fullName')].before").value("Amara Kéïta"))
			.andExpect(jsonPath("$[2].changes[?(@.field == 'fullName')].after").value("Amara Kéïta-Diallo"));
	}

	@Test
	void theHistoryPageShowsWhoChangedWhatWithEveryLabelTranslated() throws Exception {
		mvc.perform(get("/workspaces/{ws}/history/TaskForceMember/{id}", workspace, member).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amara Kéïta-Diallo")))
			.andExpect(content().string(containsString("Director General of Mines")))
			.andExpect(content().string(containsString("Created")))
			.andExpect(content().string(containsString("Changed")))
			.andExpect(content().string(containsString(name("LAND"))))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void aRecordAskedForInAnotherWorkspaceIsNotFound() throws Exception {
		long elsewhere = aJurisdiction(workspaces, "Audit elsewhere");
		assertThat(history.of(elsewhere, "TaskForceMember", member)).isEmpty();
		mvc.perform(get("/api/v1/workspaces/{ws}/history/TaskForceMember/{id}", elsewhere, member).with(asAdmin()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("Kéïta"))));
		mvc.perform(get("/workspaces/{ws}/history/TaskForceMember/{id}", elsewhere, member).with(signedInAsAdmin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Kéïta"))));
	}

	@Test
	void anUnknownRecordTypeIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/history/NoSuchRecord/{id}", workspace, member).with(asAdmin()))
			.andExpect(status().isNotFound());
	}

	String name(String kind) {
		try {
			String body = mvc.perform(get("/api/v1/workspaces/{ws}/taskforce/agencies", workspace).with(asAdmin()))
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			List<String> names = com.jayway.jsonpath.JsonPath.read(body, "$[?(@.kind == '" + kind + "')].name");
			return names.get(0);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
