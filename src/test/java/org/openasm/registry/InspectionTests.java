package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.openasm.registry.InspectionFixtures.aCitizenMiner;
import static org.openasm.registry.InspectionFixtures.aLicence;
import static org.openasm.registry.InspectionFixtures.anArtisanalCategory;
import static org.openasm.registry.InspectionFixtures.graded;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.openasm.support.Jurisdictions.signedInAsAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inspections and enforcement end to end over the API and the pages: an inspection that sees whole-ore
 * amalgamation (graded unacceptable) at a licence opens a case with the actions it requires; the case
 * stays open until a follow-up sees the action done; a fine needs an amount; a suspension suspends the
 * licence through Licensing and its history says so; every refusal names its field.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class InspectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	OperatorRepository operators;

	@Autowired
	LicenceCategoryManagement categories;

	@Autowired
	RegistrySettings settings;

	@Autowired
	LicenceRepository licences;

	@Autowired
	LicenceEventRepository history;

	@Autowired
	PlatformTransactionManager transactions;

	long ws;

	long licence;

	long unacceptable;

	long poor;

	final LocalDate today = LocalDate.now();

	@BeforeEach
	void aLicensedMinerAndGradedTechniques() throws Exception {
		ws = aJurisdiction(workspaces, "Inspections");
		long miner = aCitizenMiner(operators, ws, "Awa Kone", "NID-" + UUID.randomUUID().toString().substring(0, 8));
		long category = anArtisanalCategory(categories, ws, "Artisanal permit");
		licence = aLicence(new TransactionTemplate(transactions), settings, licences, ws, "ASM-2026-000001", miner, category, 1.0, 10.0);
		unacceptable = graded(mvc, ws, "UNACCEPTABLE");
		poor = graded(mvc, ws, "POOR");
	}

	private String inspection(String licenceRef, LocalDate visited, long techniqueId, boolean observed, String actionDue, Long followUpOf,
			String verified) {
		return "{" + licenceRef + ",\"visitedOn\":\"" + visited + "\",\"inspector\":\"M. Ouedraogo\",\"summary\":\"Pit visit\""
				+ (followUpOf == null ? "" : ",\"followUpOf\":" + followUpOf)
				+ ",\"findings\":[{\"techniqueId\":" + techniqueId + ",\"observed\":" + observed + ",\"note\":\"seen at the sluice\"}]"
				+ ",\"actions\":[" + (actionDue == null ? "" : "{\"description\":\"Stop amalgamating whole ore\",\"dueOn\":\"" + actionDue + "\"}")
				+ "],\"verifiedActionIds\":[" + (verified == null ? "" : verified) + "]}";
	}

	private ResultActions postInspection(String json, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/inspections", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	@Test
	void anUnacceptableTechniqueSeenOpensACaseThatClosesOnlyOnceAFollowUpSeesItsActionDone() throws Exception {
		String first = postInspection(inspection("\"licenceNumber\":\"ASM-2026-000001\"", today.minusDays(30), unacceptable, true,
				today.minusDays(5).toString(), null, null), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.inspection.licenceId").value(licence))
			.andExpect(jsonPath("$.inspection.unacceptableObserved").value(true))
			.andExpect(jsonPath("$.findings[0].grade").value("UNACCEPTABLE"))
			.andExpect(jsonPath("$.caseIds", hasSize(1)))
			.andReturn().getResponse().getContentAsString();
		long inspectionId = number(first, "$.inspection.id");
		long caseId = number(first, "$.caseIds[0]");
		long actionId = number(first, "$.actions[0].id");

		mvc.perform(get("/api/v1/workspaces/{ws}/enforcement-cases/{id}", ws, caseId).with(asAdmin()))
			.andExpect(jsonPath("$.enforcementCase.status").value("OPEN"))
			.andExpect(jsonPath("$.actions[0].id").value(actionId));
		mvc.perform(get("/api/v1/workspaces/{ws}/corrective-actions?overdue=true", ws).with(asAdmin()))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/workspaces/{ws}", ws).with(signedInAsAdmin()))
			.andExpect(content().string(containsString("One corrective action is overdue")))
			.andExpect(content().string(containsString("One enforcement case is open")));

		long version = number(mvc.perform(get("/api/v1/workspaces/{ws}/enforcement-cases/{id}", ws, caseId).with(asAdmin()))
			.andReturn().getResponse().getContentAsString(), "$.enforcementCase.version");
		mvc.perform(post("/api/v1/workspaces/{ws}/enforcement-cases/{id}/close", ws, caseId).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Done\",\"version\":" + version + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.detail").value(containsString("One corrective action is not yet seen done")));

		// A second inspection seeing it again adds to the open case instead of opening another.
		postInspection(inspection("\"licenceId\":" + licence, today.minusDays(20), unacceptable, true, null, null, null), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.caseIds", hasSize(0)));

		// A follow-up of another inspection's open action is refused; then the right follow-up verifies it.
		postInspection(inspection("\"licenceId\":" + licence, today.minusDays(2), poor, false, null, inspectionId, "999999"), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("verifiedActionIds"));
		postInspection(inspection("\"licenceId\":" + licence, today.minusDays(2), poor, true, null, inspectionId, String.valueOf(actionId)), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.verifiedActionIds[0]").value(actionId))
			.andExpect(jsonPath("$.inspection.unacceptableObserved").value(false));
		mvc.perform(get("/api/v1/workspaces/{ws}/corrective-actions?overdue=true", ws).with(asAdmin())).andExpect(jsonPath("$.total").value(0));

		mvc.perform(post("/api/v1/workspaces/{ws}/enforcement-cases/{id}/close", ws, caseId).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"The sluice now uses a retort.\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enforcementCase.status").value("CLOSED"))
			.andExpect(jsonPath("$.enforcementCase.closedOn").value(today.toString()));
		mvc.perform(post("/api/v1/workspaces/{ws}/enforcement-cases/{id}/sanctions", ws, caseId).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WARNING\",\"reason\":\"Late\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void aFineNeedsAnAmountAndASuspensionSuspendsTheLicenceOnce() throws Exception {
		String body = postInspection(inspection("\"licenceId\":" + licence, today, unacceptable, true, today.plusDays(30).toString(), null, null), null)
			.andReturn().getResponse().getContentAsString();
		long caseId = number(body, "$.caseIds[0]");
		String sanctions = "/api/v1/workspaces/{ws}/enforcement-cases/{id}/sanctions";

		mvc.perform(post(sanctions, ws, caseId).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"FINE\",\"reason\":\"Mercury in the river\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		mvc.perform(post(sanctions, ws, caseId).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"WARNING\",\"amount\":10,\"reason\":\"Mercury in the river\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(sanctions, ws, caseId).with(asAdmin()).header("Idempotency-Key", "fine-1").contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"FINE\",\"amount\":250000,\"reason\":\"Mercury in the river\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.sanctions", hasSize(1)))
				.andExpect(jsonPath("$.sanctions[0].amount").value(250000.0));
		}

		mvc.perform(post(sanctions, ws, caseId).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"SUSPENSION\",\"reason\":\"Amalgamation continued after the warning\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sanctions", hasSize(2)));
		assertThat(licences.findById(licence).orElseThrow().getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
		assertThat(history.findByLicenceIdOrderByOccurredAtAscIdAsc(licence)).extracting(LicenceEvent::getKind).containsExactly(LicenceEventKind.SUSPENDED);

		// The licence is no longer active: a second suspension is refused and leaves no sanction behind.
		mvc.perform(post(sanctions, ws, caseId).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"SUSPENSION\",\"reason\":\"Again\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/workspaces/{ws}/enforcement-cases/{id}", ws, caseId).with(asAdmin()))
			.andExpect(jsonPath("$.sanctions", hasSize(2)));
	}

	@Test
	void badInspectionsAreRefusedNamingTheFieldAndTheSameSubmissionTwiceRecordsOne() throws Exception {
		postInspection("{\"visitedOn\":\"" + today + "\",\"inspector\":\"X\"}", null)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("licenceNumber"));
		postInspection(inspection("\"licenceNumber\":\"ASM-0000\"", today, poor, true, null, null, null), null)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("licenceNumber"))
			.andExpect(jsonPath("$.detail").value(containsString("ASM-0000")));
		postInspection(inspection("\"licenceId\":" + licence, today.plusDays(1), poor, true, null, null, null), null)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
		postInspection(inspection("\"licenceId\":" + licence, today, 987654321L, true, null, null, null), null)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("findings"));
		postInspection(inspection("\"licenceId\":" + licence, today, poor, true, today.minusDays(1).toString(), null, null), null)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("actions[0].dueOn"));
		postInspection(inspection("\"siteId\":987654321", today, poor, true, null, null, null), null)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("siteId"));
		mvc.perform(get("/api/v1/workspaces/{ws}/inspections", ws).with(asAdmin())).andExpect(jsonPath("$.total").value(0));

		String json = inspection("\"licenceId\":" + licence, today, poor, true, null, null, null);
		long a = number(postInspection(json, "visit-1").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.inspection.id");
		long b = number(postInspection(json, "visit-1").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.inspection.id");
		assertThat(b).isEqualTo(a);
		mvc.perform(get("/api/v1/workspaces/{ws}/inspections", ws).with(asAdmin()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].unacceptableObserved").value(false));
		mvc.perform(get("/api/v1/workspaces/{ws}/enforcement-cases", ws).with(asAdmin())).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void thePagesRecordAnInspectionShowItAndItsCaseInEnglishAndFrench() throws Exception {
		mvc.perform(get("/workspaces/{ws}/registry/inspections/new?licenceId={l}", ws, licence).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ASM-2026-000001")))
			.andExpect(content().string(containsString("findings[0].observed")));
		// No licence and no site: the form comes back with the reason on the licence field.
		mvc.perform(post("/workspaces/{ws}/registry/inspections/new", ws).with(signedInAsAdmin()).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("visitedOn", today.toString()).param("inspector", "A. Diallo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name the licence or the mine site inspected.")));
		String location = mvc.perform(post("/workspaces/{ws}/registry/inspections/new", ws).with(signedInAsAdmin()).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("licenceNumber", "ASM-2026-000001").param("visitedOn", today.toString())
			.param("inspector", "A. Diallo").param("findings[0].techniqueId", String.valueOf(unacceptable)).param("findings[0].observed", "true")
			.param("actions[0].description", "Build a retort").param("actions[0].dueOn", today.plusDays(14).toString())
			.param("actions[1].description", "").param("actions[1].dueOn", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workspaces/*/registry/inspections/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Build a retort")))
			.andExpect(content().string(containsString("An unacceptable technique was observed")));
		mvc.perform(get(location + "?lang=fr").with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Une technique inacceptable a été observée")));
		long caseId = number(mvc.perform(get("/api/v1/workspaces/{ws}/enforcement-cases", ws).with(asAdmin()))
			.andReturn().getResponse().getContentAsString(), "$.items[0].id");
		for (String lang : new String[] { "en", "fr" }) {
			for (String page : new String[] { "inspections", "enforcement", "enforcement/" + caseId, "actions", "actions?overdue=true", "settings" }) {
				mvc.perform(get("/workspaces/" + ws + "/registry/" + page + (page.contains("?") ? "&" : "?") + "lang=" + lang).with(signedInAsAdmin()))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("??"))));
			}
		}
		mvc.perform(post("/workspaces/{ws}/registry/enforcement/{c}/sanctions", ws, caseId).with(signedInAsAdmin()).with(csrf())
			.param("token", UUID.randomUUID().toString()).param("kind", "FINE").param("reason", "Mercury"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A fine needs an amount above zero.")));
		mvc.perform(post("/workspaces/{ws}/registry/enforcement/{c}/close", ws, caseId).with(signedInAsAdmin()).with(csrf())
			.param("note", "Done").param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("closeError", "registry.case.actionsOpen"));
	}
}
