package org.openasm.taskforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.aJurisdictionNamed;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.ministries;
import static org.openasm.support.Jurisdictions.number;
import static org.openasm.support.Jurisdictions.seat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Step 1.1 from nothing to a final "ASM Task Force" output, through the API alone. */
@OpenAsmTest
@AutoConfigureMockMvc
class TaskForceStepTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void aTaskForceWithChairMinistriesApprovedMandateAndBudgetMakesStepOneOneReadyAndItsOutputFinal() throws Exception {
		String jurisdiction = "Région des Grands-Lacs " + UUID.randomUUID().toString().substring(0, 8);
		long ws = aJurisdictionNamed(workspaces, jurisdiction);
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andExpect(jsonPath("$[0].code").value("1.1"))
			.andExpect(jsonPath("$[0].status").value("NOT_STARTED"))
			.andExpect(jsonPath("$[0].missing.length()").value(7));

		Map<String, Long> ministry = ministries(mvc, ws);
		assertThat(ministry).containsKeys("MINING", "LAND", "ENVIRONMENT", "FINANCE");
		seat(mvc, ws, "Amara Kéïta", ministry.get("MINING"), "CHAIR");
		seat(mvc, ws, "Fatoumata Diarra", ministry.get("LAND"), "MEMBER");
		seat(mvc, ws, "Jean-Baptiste Mbemba", ministry.get("ENVIRONMENT"), "MEMBER");
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andExpect(jsonPath("$[0].status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$[0].missing.length()").value(3));
		seat(mvc, ws, "Esi Mensah-Bamba", ministry.get("FINANCE"), "MEMBER");

		long version = number(mvc.perform(get("/api/v1/workspaces/{ws}/taskforce", ws).with(asAdmin()))
			.andReturn().getResponse().getContentAsString(), "$.version");
		String afterMandate = mvc.perform(put("/api/v1/workspaces/{ws}/taskforce/mandate", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"termsOfReference": "Prepare the national ASM strategy following the IGF guidance.",
					 "approvalDate": "2026-03-02", "approvingAuthority": "Council of Ministers", "version": %d}
					""".formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvingAuthority").value("Council of Ministers"))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(put("/api/v1/workspaces/{ws}/taskforce/resources", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"budgetAmount": 250000, "budgetCurrency": "usd", "staffCount": 3, "version": %d}
					""".formatted(number(afterMandate, "$.version"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budgetCurrency").value("USD"));

		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andExpect(jsonPath("$[0].status").value("READY"))
			.andExpect(jsonPath("$[0].missing.length()").value(0));
		String base = "/api/v1/workspaces/" + ws + "/outputs/task-force";
		mvc.perform(get("/api/v1/workspaces/{ws}/outputs", ws).with(asAdmin()))
			.andExpect(jsonPath("$[0].code").value("task-force"))
			.andExpect(jsonPath("$[0].step").value("1.1"))
			.andExpect(jsonPath("$[0].status").value("FINAL"))
			.andExpect(jsonPath("$[0].pdf").value(base + "/pdf"))
			.andExpect(jsonPath("$[0].docx").value(base + "/docx"));

		byte[] pdf = mvc.perform(get(base + "/pdf").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains(jurisdiction).contains("Amara Kéïta").contains("Council of Ministers").doesNotContain("DRAFT");

		byte[] docx = mvc.perform(get(base + "/docx").with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DOCX))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
	}

	@Test
	void theOutputOfATaskForceNotYetReadyIsMarkedDraft() throws Exception {
		long ws = aJurisdiction(workspaces, "Draft");
		seat(mvc, ws, "Ngozi Okafor", ministries(mvc, ws).get("MINING"), "CHAIR");
		mvc.perform(get("/api/v1/workspaces/{ws}/outputs", ws).with(asAdmin()))
			.andExpect(jsonPath("$[0].status").value("DRAFT"));
		byte[] pdf = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/task-force/pdf", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("DRAFT").contains("Ngozi Okafor");
		// A draft says why: its step's missing checks close the document.
		assertThat(text(pdf).replaceAll("\\s+", " ")).contains("Still missing before this is final")
			.contains("Give the task force a budget")
			.contains("No member represents Finance");
	}

	@Test
	void anOutputDownloadIsNamedForWhatItIsWhoseWhenAndInWhichLanguage() throws Exception {
		long ws = aJurisdictionNamed(workspaces, "Région des Grands Lacs " + UUID.randomUUID().toString().substring(0, 8));
		String disposition = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/task-force/docx", ws).with(asAdmin())
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getHeader("Content-Disposition");
		assertThat(disposition).matches(".*filename=\"task-force-region-des-grands-lacs-[0-9a-f]{8}-\\d{4}-\\d{2}-\\d{2}-fr\\.docx\".*");
	}

	@Test
	void anOutputNoModuleProducesYetHasNoLinksAndIsNotFound() throws Exception {
		long ws = aJurisdiction(workspaces, "Unavailable");
		mvc.perform(get("/api/v1/workspaces/{ws}/outputs", ws).with(asAdmin()))
			.andExpect(jsonPath("$.length()").value(7))
			.andExpect(jsonPath("$[5].code").value("implementation-plan"))
			.andExpect(jsonPath("$[5].status").value("NOT_AVAILABLE"))
			.andExpect(jsonPath("$[5].pdf").doesNotExist());
		mvc.perform(get("/api/v1/workspaces/{ws}/outputs/implementation-plan/pdf", ws).with(asAdmin())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/workspaces/{ws}/outputs/task-force/odt", ws).with(asAdmin())).andExpect(status().isNotFound());
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
