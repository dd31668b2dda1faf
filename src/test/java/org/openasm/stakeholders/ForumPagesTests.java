package org.openasm.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A forum run end to end through the pages, as the secretariat and a stakeholder user would: the map,
 * a meeting with attendance imported from a list, minutes published, an input answered, and the
 * portal showing the stakeholder only what is theirs; then the output.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class ForumPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	StakeholderRegister register;

	@Autowired
	ForumManagement forum;

	@Autowired
	Consultation consultation;

	long ws;

	@BeforeEach
	void aForumOfItsOwn() {
		ws = aJurisdiction(workspaces, "Forum pages");
	}

	RequestPostProcessor secretariat() {
		return user("secretary-" + ws).authorities(new SimpleGrantedAuthority("WS:" + ws + ":SECRETARIAT"));
	}

	long category(StandardCategory code) {
		return register.categories(ws).stream().filter(c -> c.getCode() == code).findFirst().orElseThrow().getId();
	}

	long addStakeholder(String name, StandardCategory code, String account) throws Exception {
		var request = post("/workspaces/{ws}/stakeholders/new", ws).with(secretariat()).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("name", name)
			.param("categoryId", String.valueOf(category(code)))
			.param("influence", "3")
			.param("interest", "4")
			.param("forumMember", "true");
		if (account != null) {
			request.param("account", account);
		}
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void theSecretariatRunsAForumFromTheMapToAPublishedMeetingAndAnAnsweredInput() throws Exception {
		long miners = addStakeholder("Kirru Miners' Cooperative", StandardCategory.MINERS_ASSOCIATIONS, null);
		addStakeholder("Osso Ridge Community Council", StandardCategory.MINING_COMMUNITIES, null);
		addStakeholder("Women in Mining Network", StandardCategory.WOMENS_GROUPS, null);

		// The grid puts influence 3 / interest 4 in "manage closely"; the search finds by name.
		mvc.perform(get("/workspaces/{ws}/stakeholders", ws).with(secretariat()).param("q", "kirru"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kirru Miners&#39; Cooperative")))
			.andExpect(content().string(not(containsString("Osso Ridge Community Council"))))
			.andExpect(content().string(containsString("data-influence=\"3\" data-interest=\"4\"")));

		mvc.perform(post("/workspaces/{ws}/forum/settings", ws).with(secretariat()).with(csrf())
			.param("name", "National ASM Forum")
			.param("termsOfReference", "Quarterly consultation on the ASM strategy.")
			.param("frequency", "QUARTERLY")
			.param("womenTarget", "30")
			.param("version", "0"))
			.andExpect(redirectedUrl("/workspaces/" + ws + "/forum"));

		LocalDate held = LocalDate.now().minusDays(5);
		String location = mvc.perform(post("/workspaces/{ws}/forum/meetings/new", ws).with(secretariat()).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("heldOn", held.toString())
			.param("place", "Kirru District Hall")
			.param("agenda", "Licensing")
			.param("minutes", "Members discussed licensing."))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long meeting = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		// A list with a wrong row is refused whole, naming the row; nothing is kept.
		String bad = "nom;partie prenante;genre\nHalima Tuso;Kirru Miners' Cooperative;F\nMusa Dangana;Nobody Association;H\nAgnes Moyo;;X\n";
		mvc.perform(multipart("/workspaces/{ws}/forum/meetings/{m}/attendance/import", ws, meeting)
			.file(new MockMultipartFile("file", "list.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.with(secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("importErrors", List.of(
					"Row 3, stakeholder: There is no stakeholder called \"Nobody Association\"; add it first or correct the name.",
					"Row 4, gender: \"X\" is not a gender this list understands (woman, man, other; F, M, O).")));
		assertThat(forum.attendance(ws, meeting)).isEmpty();

		String good = "name,stakeholder,gender\nHalima Tuso,Kirru Miners' Cooperative,woman\nJoseph Nkemba,Osso Ridge Community Council,man\n"
				+ "Aminata Sow,Women in Mining Network,F\n";
		mvc.perform(multipart("/workspaces/{ws}/forum/meetings/{m}/attendance/import", ws, meeting)
			.file(new MockMultipartFile("file", "list.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(secretariat()).with(csrf()))
			.andExpect(flash().attribute("savedText", "3 attendees imported."));
		mvc.perform(post("/workspaces/{ws}/forum/meetings/{m}/attendance", ws, meeting).with(secretariat()).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("personName", "Ngozi Okafor")
			.param("gender", "WOMAN"))
			.andExpect(status().is3xxRedirection());
		// 3 women of 4 attendees: 75%, every essential voice present.
		mvc.perform(get("/workspaces/{ws}/forum/meetings/{m}", ws, meeting).with(secretariat()))
			.andExpect(content().string(containsString("3 (75 %)")))
			.andExpect(content().string(containsString("Mining communities")));

		mvc.perform(post("/workspaces/{ws}/forum/meetings/{m}/publish", ws, meeting).with(secretariat()).with(csrf()))
			.andExpect(flash().attribute("saved", "meeting.published"));

		mvc.perform(post("/workspaces/{ws}/forum/inputs/new", ws).with(secretariat()).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("stakeholderId", String.valueOf(miners))
			.param("meetingId", String.valueOf(meeting))
			.param("raisedOn", held.toString())
			.param("topic", "Licence fees")
			.param("body", "Lower the licence fee for cooperatives."))
			.andExpect(status().is3xxRedirection());
		long input = consultation.inputs(ws).get(0).getId();

		// A response dated before the input is refused next to its field.
		mvc.perform(post("/workspaces/{ws}/forum/inputs/{i}", ws, input).with(secretariat()).with(csrf())
			.param("decision", "ACCEPTED")
			.param("reason", "Fee halved for cooperatives.")
			.param("respondedOn", held.minusDays(1).toString())
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The answer cannot come before the input was raised")));
		mvc.perform(post("/workspaces/{ws}/forum/inputs/{i}", ws, input).with(secretariat()).with(csrf())
			.param("decision", "ACCEPTED")
			.param("reason", "Fee halved for cooperatives.")
			.param("respondedOn", LocalDate.now().toString())
			.param("linkedType", "Meeting")
			.param("linkedId", String.valueOf(meeting))
			.param("version", "0"))
			.andExpect(redirectedUrl("/workspaces/" + ws + "/forum/inputs/" + input));

		mvc.perform(get("/workspaces/{ws}/forum", ws).with(secretariat()))
			.andExpect(content().string(containsString("Minutes published for 1 of 1 meetings held (100%).")))
			.andExpect(content().string(containsString("1 of 1 inputs answered (100%); median 5 days to answer; 1 of 1 changed something (100%).")))
			.andExpect(content().string(containsString("class=\"badge READY\" id=\"step-status\"")));
	}

	@Test
	void aStakeholderUserSeesPublishedMinutesAndTheirOwnInputsOnlyAndNothingElse() throws Exception {
		String username = "stk-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"displayName\": \"Aminata Sow\", \"password\": \"a-good-password-1\"}".formatted(username)))
			.andExpect(status().isCreated());
		// Linking an account that does not hold the stakeholder role is refused on the form.
		mvc.perform(post("/workspaces/{ws}/stakeholders/new", ws).with(secretariat()).with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("name", "Women in Mining Network")
			.param("categoryId", String.valueOf(category(StandardCategory.WOMENS_GROUPS)))
			.param("influence", "2").param("interest", "5")
			.param("account", username))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("does not hold the stakeholder role in this workspace")));
		mvc.perform(post("/api/v1/workspaces/{ws}/roles", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"role\": \"STAKEHOLDER\"}".formatted(username)))
			.andExpect(status().is2xxSuccessful());
		long women = addStakeholder("Women in Mining Network", StandardCategory.WOMENS_GROUPS, username);
		long chiefs = addStakeholder("Council of Chiefs", StandardCategory.TRADITIONAL_AUTHORITIES, null);

		MeetingForm published = new MeetingForm();
		published.setHeldOn(LocalDate.now().minusDays(40));
		published.setPlace("Selem");
		published.setMinutes("Published minutes: women-only sessions agreed.");
		long first = forum.addMeeting(ws, published);
		forum.publishMinutes(ws, first);
		MeetingForm draft = new MeetingForm();
		draft.setHeldOn(LocalDate.now().minusDays(3));
		draft.setPlace("Owela");
		draft.setMinutes("Draft minutes: not for members yet.");
		long second = forum.addMeeting(ws, draft);
		InputForm theirs = new InputForm();
		theirs.setStakeholderId(chiefs);
		theirs.setMeetingId(first);
		theirs.setRaisedOn(published.getHeldOn());
		theirs.setTopic("Royalties for landowners");
		theirs.setBody("A share of royalties.");
		consultation.record(ws, theirs);

		RequestPostProcessor stakeholder = user(username).authorities(new SimpleGrantedAuthority("WS:" + ws + ":STAKEHOLDER"));
		mvc.perform(get("/workspaces/{ws}", ws).with(stakeholder)).andExpect(redirectedUrl("/workspaces/" + ws + "/portal"));
		mvc.perform(get("/workspaces/{ws}/portal", ws).with(stakeholder))
			.andExpect(content().string(containsString("You speak for Women in Mining Network.")))
			.andExpect(content().string(not(containsString("Royalties for landowners"))))
			.andExpect(content().string(not(containsString("Step 1.1"))));
		mvc.perform(get("/workspaces/{ws}/portal/meetings/{m}", ws, first).with(stakeholder))
			.andExpect(content().string(containsString("Published minutes: women-only sessions agreed.")));
		mvc.perform(get("/workspaces/{ws}/portal/meetings/{m}", ws, second).with(stakeholder))
			.andExpect(content().string(not(containsString("Draft minutes"))))
			.andExpect(content().string(containsString("The minutes of this meeting are not published yet.")));
		for (String page : List.of("/forum", "/stakeholders", "/forum/inputs", "/taskforce", "/outputs", "/steps/1.2")) {
			mvc.perform(get("/workspaces/" + ws + page).with(stakeholder)).andExpect(status().isForbidden());
		}

		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/workspaces/{ws}/portal", ws).with(stakeholder).with(csrf())
				.param("token", token)
				.param("topic", "Childcare at processing sites")
				.param("body", "Safe spaces for children near ASM zones."))
				.andExpect(redirectedUrl("/workspaces/" + ws + "/portal#inputs"));
		}
		List<Input> mine = consultation.inputsOf(register.stakeholder(ws, women));
		assertThat(mine).singleElement().satisfies(i -> {
			assertThat(i.isWritten()).isTrue();
			assertThat(i.getRaisedOn()).isEqualTo(LocalDate.now());
		});
		ResponseForm answer = new ResponseForm();
		answer.setDecision(Decision.PARTLY_ACCEPTED);
		answer.setReason("The health ministry will include childcare in its outreach.");
		answer.setRespondedOn(LocalDate.now());
		answer.setVersion(0L);
		consultation.respond(ws, mine.get(0).getId(), answer);
		mvc.perform(get("/workspaces/{ws}/portal", ws).with(stakeholder))
			.andExpect(content().string(containsString("The health ministry will include childcare in its outreach.")))
			.andExpect(content().string(containsString("Partly accepted")));
		mvc.perform(get("/workspaces/{ws}/portal", ws).with(stakeholder).param("lang", "fr"))
			.andExpect(content().string(containsString("Vous parlez pour Women in Mining Network.")))
			.andExpect(content().string(containsString("Acceptée en partie")));
	}

	@Test
	void theDialogueOutputCarriesTheTermsTheMapTheCalendarAndTheInputsInBothFormats() throws Exception {
		long miners = addStakeholder("Kirru Miners' Cooperative", StandardCategory.MINERS_ASSOCIATIONS, null);
		MeetingForm meeting = new MeetingForm();
		meeting.setHeldOn(LocalDate.of(2026, 3, 2));
		meeting.setPlace("Nyaloa Community Centre");
		long id = forum.addMeeting(ws, meeting);
		AttendanceForm woman = new AttendanceForm();
		woman.setPersonName("Halima Tuso");
		woman.setStakeholderId(miners);
		woman.setGender(Gender.WOMAN);
		forum.addAttendee(ws, id, woman);
		InputForm input = new InputForm();
		input.setStakeholderId(miners);
		input.setMeetingId(id);
		input.setRaisedOn(meeting.getHeldOn());
		input.setTopic("Licence fees for cooperatives");
		input.setBody("Lower them.");
		consultation.record(ws, input);

		byte[] pdf = mvc.perform(get("/workspaces/{ws}/outputs/stakeholder-dialogue/pdf", ws).with(secretariat()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Membership by category", "Influence and interest map", "Meeting calendar", "Inputs and responses",
					"Kirru Miners' Cooperative", "Nyaloa Community Centre", "Licence fees for cooperatives", "Awaiting a response",
					"1 (100 %)");
		}
		byte[] docx = mvc.perform(get("/workspaces/{ws}/outputs/stakeholder-dialogue/docx", ws).with(secretariat()).param("lang", "fr"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
			assertThat(extractor.getText()).contains("Calendrier des réunions", "Contributions et réponses", "En attente de réponse");
		}
	}
}
