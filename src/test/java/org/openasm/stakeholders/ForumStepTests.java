package org.openasm.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.openasm.stakeholders.ForumFixtures.PASSWORD;
import static org.openasm.stakeholders.ForumFixtures.account;
import static org.openasm.stakeholders.ForumFixtures.attend;
import static org.openasm.stakeholders.ForumFixtures.body;
import static org.openasm.stakeholders.ForumFixtures.categories;
import static org.openasm.stakeholders.ForumFixtures.id;
import static org.openasm.stakeholders.ForumFixtures.input;
import static org.openasm.stakeholders.ForumFixtures.meeting;
import static org.openasm.stakeholders.ForumFixtures.respond;
import static org.openasm.stakeholders.ForumFixtures.stakeholder;
import static org.openasm.stakeholders.ForumFixtures.stakeholderJson;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Step 1.2 from nothing to ready through the API alone, and the forum as a stakeholder user sees it. */
@OpenAsmTest
@AutoConfigureMockMvc
class ForumStepTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	ResultActions step(long ws) throws Exception {
		return mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()).header("Accept-Language", "en"))
			.andExpect(jsonPath("$[1].code").value("1.2"));
	}

	@Test
	void aForumWithTermsTheEssentialVoicesAHeldMeetingWithEnoughWomenAndAnsweredInputsMakesStepOneTwoReady() throws Exception {
		long ws = aJurisdiction(workspaces, "Forum");
		step(ws).andExpect(jsonPath("$[1].status").value("NOT_STARTED"));

		long version = ForumFixtures.version(mvc.perform(get("/api/v1/workspaces/{ws}/forum", ws).with(asAdmin())));
		mvc.perform(put("/api/v1/workspaces/{ws}/forum", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Forum provincial de l'ASM", "termsOfReference": "Advise the task force on the ASM strategy.",
					 "frequency": "MONTHLY", "chair": "Provincial Mines Division", "womenTarget": 30, "version": %d}
					""".formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.frequency").value("MONTHLY"))
			.andExpect(jsonPath("$.version").value(version + 1));
		step(ws).andExpect(jsonPath("$[1].status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$[1].missing", hasItem("The forum has not held a meeting")))
			.andExpect(jsonPath("$[1].missing", hasItem("No women's group is a member of the forum")));

		Map<String, Long> category = categories(mvc, ws);
		long miners = stakeholder(mvc, ws, "Coopérative minière de Kamituga", category.get("MINERS_ASSOCIATIONS"), true);
		long community = stakeholder(mvc, ws, "Communauté de Lugushwa", category.get("MINING_COMMUNITIES"), true);
		long women = stakeholder(mvc, ws, "Association des femmes mineures", category.get("WOMENS_GROUPS"), true);
		stakeholder(mvc, ws, "Gold Traders Ltd", category.get("TRADERS_BUYERS"), false);
		mvc.perform(get("/api/v1/workspaces/{ws}/forum", ws).with(asAdmin()))
			.andExpect(jsonPath("$.members", hasSize(3)))
			.andExpect(jsonPath("$.members[*].name", not(hasItem("Gold Traders Ltd"))));

		LocalDate heldOn = LocalDate.now().minusDays(10);
		long meeting = meeting(mvc, ws, heldOn, "Kamituga", "Agreed to map the water sources.");
		attend(mvc, ws, meeting, "Amani Furaha", "WOMAN", women).andExpect(status().isCreated());
		attend(mvc, ws, meeting, "Jean-Pierre Mukendi", "MAN", miners).andExpect(status().isCreated());
		attend(mvc, ws, meeting, "Patrick Bisimwa", "MAN", community).andExpect(status().isCreated());
		attend(mvc, ws, meeting, "Divisionnaire des mines", "MAN", null).andExpect(status().isCreated());
		step(ws).andExpect(jsonPath("$[1].status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$[1].missing", hasItem(
					"Women were 25% of attendance over the last twelve months, below the target of 30% (4 attendances recorded)")))
			.andExpect(jsonPath("$[1].missing", not(hasItem("The forum has not held a meeting"))));
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/quality", ws).with(asAdmin()))
			.andExpect(jsonPath("$.genderBalanced.women").value(1))
			.andExpect(jsonPath("$.genderBalanced.attendees").value(4))
			.andExpect(jsonPath("$.genderBalanced.percent").value(25))
			.andExpect(jsonPath("$.genderBalanced.met").value(false))
			.andExpect(jsonPath("$.inclusive.membersCategories").value(3))
			.andExpect(jsonPath("$.inclusive.absent", hasSize(0)))
			.andExpect(jsonPath("$.meetings[0].meetingId").value(meeting))
			.andExpect(jsonPath("$.meetings[0].percentWomen").value(25));

		attend(mvc, ws, meeting, "Neema Zawadi", "WOMAN", community).andExpect(status().isCreated());
		long raised = input(mvc, ws, community, meeting, heldOn, "Water for washing plants");
		step(ws).andExpect(jsonPath("$[1].status").value("READY")).andExpect(jsonPath("$[1].missing", hasSize(0)));

		respond(mvc, ws, raised, "ACCEPTED", heldOn.plusDays(4), "Stakeholder", community, 0, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.response.decision").value("ACCEPTED"))
			.andExpect(jsonPath("$.response.linked.label").value("Communauté de Lugushwa"))
			.andExpect(jsonPath("$.response.linked.path").value("/workspaces/" + ws + "/history/Stakeholder/" + community));
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/quality", ws).with(asAdmin()))
			.andExpect(jsonPath("$.genderBalanced.percent").value(40))
			.andExpect(jsonPath("$.genderBalanced.met").value(true))
			.andExpect(jsonPath("$.transparent.held").value(1))
			.andExpect(jsonPath("$.transparent.published").value(0))
			.andExpect(jsonPath("$.regular.frequency").value("MONTHLY"))
			.andExpect(jsonPath("$.regular.gaps", hasSize(0)))
			.andExpect(jsonPath("$.informsPolicy.answered").value(1))
			.andExpect(jsonPath("$.informsPolicy.medianDaysToAnswer").value(4))
			.andExpect(jsonPath("$.informsPolicy.changedSomething").value(1))
			.andExpect(jsonPath("$.informsPolicy.percentChanged").value(100));
		step(ws).andExpect(jsonPath("$[1].status").value("READY"));
	}

	@Test
	void aStakeholderUserSeesPublishedMinutesAndOnlyTheirOwnInputsAndCanWriteIn() throws Exception {
		long ws = aJurisdiction(workspaces, "Portal");
		String user = account(mvc, ws, "femmes", "STAKEHOLDER");
		Map<String, Long> category = categories(mvc, ws);
		long mine = id(ForumFixtures.addStakeholder(mvc, ws,
				stakeholderJson("Association des femmes mineures", category.get("WOMENS_GROUPS"), 2, 5, true, user, null), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.account").value(user)));
		long other = stakeholder(mvc, ws, "Gold Traders Ltd", category.get("TRADERS_BUYERS"), true);

		LocalDate published = LocalDate.now().minusDays(40);
		LocalDate unpublished = LocalDate.now().minusDays(5);
		long first = meeting(mvc, ws, published, "Kamituga", "Public minutes of the first meeting.");
		long second = meeting(mvc, ws, unpublished, "Lugushwa", "Draft minutes, not for members yet.");
		mvc.perform(post("/api/v1/workspaces/{ws}/forum/meetings/{m}/publish", ws, first).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutesPublished").value(true));
		long publicFile = id(mvc.perform(multipart("/api/v1/workspaces/{ws}/forum/meetings/{m}/documents", ws, first)
			.file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", DocumentTypesTests.PDF))
			.with(asAdmin())).andExpect(status().isCreated()));
		long draftFile = id(mvc.perform(multipart("/api/v1/workspaces/{ws}/forum/meetings/{m}/documents", ws, second)
			.file(new MockMultipartFile("file", "draft.png", "image/png", DocumentTypesTests.PNG))
			.with(asAdmin())).andExpect(status().isCreated()));
		input(mvc, ws, mine, first, published, "Safety of women at the pits");
		input(mvc, ws, other, first, published, "Export taxes");

		var asStakeholder = httpBasic(user, PASSWORD);
		mvc.perform(get("/api/v1/workspaces/{ws}/portal", ws).with(asStakeholder))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.speaksFor.id").value(mine))
			.andExpect(jsonPath("$.speaksFor.name").value("Association des femmes mineures"))
			.andExpect(jsonPath("$.meetings", hasSize(2)))
			.andExpect(jsonPath("$.meetings[?(@.id == " + first + ")].minutes").value("Public minutes of the first meeting."))
			.andExpect(jsonPath("$.meetings[?(@.id == " + first + ")].documents[0].id").value((int) publicFile))
			.andExpect(jsonPath("$.meetings[?(@.id == " + second + ")].documents[*]", hasSize(0)))
			.andExpect(jsonPath("$.inputs", hasSize(1)))
			.andExpect(jsonPath("$.inputs[0].topic").value("Safety of women at the pits"));
		assertThat(body(mvc.perform(get("/api/v1/workspaces/{ws}/portal", ws).with(asStakeholder)))).doesNotContain("Export taxes")
			.doesNotContain("Draft minutes");
		mvc.perform(get("/api/v1/workspaces/{ws}/portal/documents/{d}", ws, publicFile).with(asStakeholder)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/workspaces/{ws}/portal/documents/{d}", ws, draftFile).with(asStakeholder))
			.andExpect(status().isNotFound());

		String key = UUID.randomUUID().toString();
		String written = "{\"topic\": \"Childcare at meetings\", \"body\": \"Meetings at 10:00 leave no one to mind the children.\"}";
		long submitted = id(mvc.perform(post("/api/v1/workspaces/{ws}/portal/inputs", ws).with(asStakeholder)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(written)).andExpect(status().isCreated()).andExpect(jsonPath("$.written").value(true)));
		mvc.perform(post("/api/v1/workspaces/{ws}/portal/inputs", ws).with(asStakeholder)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(written)).andExpect(status().is2xxSuccessful()).andExpect(jsonPath("$.id").value(submitted));
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/inputs", ws).with(asAdmin()).param("open", "true"))
			.andExpect(jsonPath("$[?(@.id == " + submitted + ")].stakeholder").value(hasItem("Association des femmes mineures")))
			.andExpect(jsonPath("$", hasSize(3)));

		respond(mvc, ws, submitted, "PARTLY_ACCEPTED", LocalDate.now(), null, null, 0, null).andExpect(status().isOk());
		mvc.perform(get("/api/v1/workspaces/{ws}/portal", ws).with(asStakeholder))
			.andExpect(jsonPath("$.inputs", hasSize(2)))
			.andExpect(jsonPath("$.inputs[?(@.id == " + submitted + ")].response.decision").value(hasItem("PARTLY_ACCEPTED")))
			.andExpect(jsonPath("$.inputs[?(@.id == " + submitted + ")].response.reason").value(hasItem("Discussed by the task force.")));
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/inputs", ws).with(asAdmin()).param("open", "true"))
			.andExpect(jsonPath("$", hasSize(2)));

		mvc.perform(get("/api/v1/workspaces/{ws}/forum/inputs", ws).with(asStakeholder)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/workspaces/{ws}/taskforce", ws).with(asStakeholder)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/workspaces/{ws}/forum/documents/{d}", ws, publicFile).with(asStakeholder))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorSeesThePortalAsNobodyAndCannotWriteInForNoStakeholder() throws Exception {
		long ws = aJurisdiction(workspaces, "Portal admin");
		mvc.perform(get("/api/v1/workspaces/{ws}/portal", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.speaksFor").doesNotExist())
			.andExpect(jsonPath("$.inputs", hasSize(0)));
		mvc.perform(post("/api/v1/workspaces/{ws}/portal/inputs", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"topic\": \"Anything\", \"body\": \"Anything at all\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("stakeholderId"));
	}
}
