package org.openasm.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.springframework.test.web.servlet.MockMvc;

/** Step 2.1 over the API: refusals naming the field, repeat-safe creates, stale edits, evidence links, the link import, readiness and the output. */
@OpenAsmTest
@AutoConfigureMockMvc
class VisionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	long ws;

	@BeforeEach
	void aFreshJurisdiction() {
		ws = aJurisdiction(workspaces, "Vision API");
	}

	static String issueJson(String title, String rationale, Long version) {
		return """
				{"kind": "MERCURY", "title": "%s", "significance": "HIGH", "rationale": %s, "version": %s}
				""".formatted(title, rationale == null ? "null" : "\"" + rationale + "\"", version);
	}

	long addIssue(String title, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/vision/issues", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(issueJson(title, "Mercury on most gold sites", null));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return number(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void anIssueIsCreatedOncePerKeyRefusedWithoutRationaleAndAStaleEditGets409() throws Exception {
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/issues", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(issueJson("Mercury", null, null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("rationale")));
		long id = addIssue("Mercury", "k-1");
		assertThat(addIssue("Mercury", "k-1")).isEqualTo(id);
		mvc.perform(get("/api/v1/workspaces/{ws}/vision/issues", ws).with(asAdmin())).andExpect(jsonPath("$.length()").value(1));
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/issues", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(issueJson("mercury", "Again", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/issues/{id}", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(issueJson("Mercury in gold", "Updated", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/issues/{id}", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(issueJson("Mercury again", "Stale", 0L)))
			.andExpect(status().isConflict());
	}

	@Test
	void evidenceMustBeARecordOfThisWorkspace() throws Exception {
		long issue = addIssue("Child labour", null);
		long other = aJurisdiction(workspaces, "Elsewhere");
		long foreignSite = VisionFixtures.site(mvc, other, "Bakoya Diggings", "GOLD", "ALLUVIAL", "MANUAL", 5, 5, null);
		long ownSite = VisionFixtures.site(mvc, ws, "Sirawa Diggings", "GOLD", "ALLUVIAL", "MANUAL", 5, 5, null);
		String url = "/api/v1/workspaces/{ws}/vision/issues/{i}/evidence";
		mvc.perform(post(url, ws, issue).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"MineSite\", \"recordId\": " + foreignSite + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("recordId"));
		mvc.perform(post(url, ws, issue).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"Partner\", \"recordId\": 1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		mvc.perform(post(url, ws, issue).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"MineSite\", \"recordId\": " + ownSite + ", \"note\": \"Children seen carrying ore\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].label").value("Sirawa Diggings"))
			.andExpect(jsonPath("$[0].historyPath").value("/workspaces/" + ws + "/history/MineSite/" + ownSite));
	}

	@Test
	void aLinkImportIsRefusedWholeThenAcceptedAndTwiceAddsNothing() throws Exception {
		long a = VisionFixtures.site(mvc, ws, "Kobiya Reef", "GOLD", "HARD_ROCK", "MANUAL", 10, 40, null);
		VisionFixtures.site(mvc, ws, "Sirawa Diggings", "GOLD", "ALLUVIAL", "MANUAL", 20, 30, null);
		String bad = "site,technique\nKobiya Reef,DEEP_PITS_NO_SUPPORT\nNowhere Pit,CHILD_LABOUR\nSirawa Diggings,Teleportation\n";
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/links/import", ws).with(asAdmin())
			.contentType("text/csv").content(bad.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[3].site")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[4].technique")));
		mvc.perform(get("/api/v1/workspaces/{ws}/vision/sites/{s}/techniques", ws, a).with(asAdmin()))
			.andExpect(jsonPath("$.techniqueIds.length()").value(0));
		String good = "site;technique\nKobiya Reef;DEEP_PITS_NO_SUPPORT\n" + a + ";Dry crushing and milling without dust control\n"
				+ "Sirawa Diggings;whole_ore_amalgamation\n";
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/links/import", ws).with(asAdmin())
			.contentType("text/csv").content(good.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(3));
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/links/import", ws).with(asAdmin())
			.contentType("text/csv").content(good.getBytes(StandardCharsets.UTF_8)))
			.andExpect(jsonPath("$.added").value(0))
			.andExpect(jsonPath("$.alreadyLinked").value(3));
		mvc.perform(get("/api/v1/workspaces/{ws}/vision/sites/{s}/techniques", ws, a).with(asAdmin()))
			.andExpect(jsonPath("$.techniqueIds.length()").value(2));
	}

	@Test
	void aGradeNeedsARationaleAndTheStepIsReadyWhenEverythingIsThere() throws Exception {
		long site = VisionFixtures.site(mvc, ws, "Sirawa Diggings", "GOLD", "ALLUVIAL", "MANUAL", 20, 30, null);
		String body = mvc.perform(get("/api/v1/workspaces/{ws}/vision/techniques", ws).with(asAdmin()))
			.andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(body, "$[?(@.code == 'WHOLE_ORE_AMALGAMATION')].id");
		long wholeOre = ids.get(0).longValue();
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/techniques/{t}/sites", ws, wholeOre).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"commodity\": \"GOLD\", \"depositType\": \"ALLUVIAL\"}"))
			.andExpect(jsonPath("$.added").value(1));
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andExpect(jsonPath("$[4].code").value("2.1"))
			.andExpect(jsonPath("$[4].status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$[4].missing", hasItem(containsString("Whole-ore amalgamation"))));
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/techniques/{t}/grade", ws, wholeOre).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"grade\": \"UNACCEPTABLE\", \"rationale\": \" \", \"version\": 0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("rationale"));
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/techniques/{t}/grade", ws, wholeOre).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\": \"UNACCEPTABLE\", \"rationale\": \"Minamata Annex C\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("UNACCEPTABLE"))
			.andExpect(jsonPath("$.sites").value(1));
		long issue = addIssue("Mercury", null);
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/issues/{i}/evidence", ws, issue).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"MineSite\", \"recordId\": " + site + "}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/workspaces/{ws}/vision/goals", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Mercury-free gold\", \"issueIds\": [" + issue + "]}"))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/statement", ws).with(asAdmin()).header("Idempotency-Key", "s-1")
			.contentType(MediaType.APPLICATION_JSON).content("{\"statement\": \"A safe and mercury-free ASM sector by 2032.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));
		// The same submission again changes nothing; an edit without the version read is refused.
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/statement", ws).with(asAdmin()).header("Idempotency-Key", "s-1")
			.contentType(MediaType.APPLICATION_JSON).content("{\"statement\": \"A safe and mercury-free ASM sector by 2032.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/statement", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"statement\": \"Another\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andExpect(jsonPath("$[4].status").value("READY"));
		mvc.perform(get("/api/v1/workspaces/{ws}/vision/prevalence", ws).with(asAdmin()))
			.andExpect(jsonPath("$[0].techniqueId").value(wholeOre))
			.andExpect(jsonPath("$[0].total.sites").value(1))
			.andExpect(jsonPath("$[0].total.women").value(20));

		byte[] pdf = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/vision/pdf", ws).with(asAdmin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("A safe and mercury-free ASM sector by 2032.").contains("Mercury-free gold")
				.contains("Whole-ore amalgamation").contains("Minamata Annex C");
		}
		byte[] docx = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/vision/docx", ws).with(asAdmin()).header("Accept-Language", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(extractor.getText()).contains("A safe and mercury-free ASM sector by 2032.").contains("Énoncé de vision")
				.contains("Amalgamation du minerai brut");
		}
	}
}
