package org.openasm.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.ministries;
import static org.openasm.support.Jurisdictions.number;
import static org.openasm.support.Jurisdictions.seat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Step 2.4 end to end over the API in a real jurisdiction ({@link StrategyJurisdiction}: one ranked gold
 * type practising an unacceptable technique, a goal, a task force without the land ministry). The
 * coherence check finds what is
 * missing, finalising is refused until nothing blocks, version 1 is frozen, later edits make draft 2
 * without touching version 1, the two compare, and the Management Strategy document prints version 1.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class StrategyFinalisationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	StrategyJurisdiction j;

	long ws;

	long type;

	@BeforeEach
	void aJurisdictionWithARankedGoldType() throws Exception {
		j = new StrategyJurisdiction(mvc, workspaces, "Finalise");
		ws = j.ws;
		type = j.type;
	}

	@Test
	void finalisingIsRefusedWithTheBlockingFindingsThenFreezesVersionOneWhichLaterEditsLeaveAlone() throws Exception {
		// Nothing decided yet: the ranked type, the unacceptable technique and the goal all block.
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/coherence", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.blocking").value(3))
			.andExpect(jsonPath("$.findings[*].rule", hasItem("RANKED_TYPES_HAVE_STRATEGY")))
			.andExpect(jsonPath("$.findings[*].message", hasItem("Alluvial gold, ranked 1 in step 2.2, has no strategy: decide whether to act on it, not to act or to close it.")))
			.andExpect(jsonPath("$.findings[?(@.rule == 'GOALS_SERVED')].path").value(hasItem("/workspaces/" + ws + "/vision/goals/" + j.goal + "/edit")));
		mvc.perform(post("/api/v1/workspaces/{ws}/strategy/versions", ws).with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.findings", hasSize(3)))
			.andExpect(jsonPath("$.detail").value(containsString("3 blocking findings")));

		// A strategy licensing the type with no category yet, and training away from the technique led by an agency off the task force.
		j.send(put("/api/v1/workspaces/{ws}/strategy/types/{t}", ws, type), j.strategy(true, null, null, null))
			.andExpect(status().isCreated())
			.andExpect(header().string("OpenASM-Coherence-Blocking", "4"))
			.andExpect(header().string("Link", containsString("/strategy/coherence")));
		long training = j.instrument("EDUCATION_AND_TRAINING");
		j.send(post("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments", ws, type), j.chosen(training, j.land))
			.andExpect(status().isCreated())
			.andExpect(header().string("OpenASM-Coherence-Blocking", "2"))
			.andExpect(header().string("OpenASM-Coherence-Warnings", "1"));
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/coherence", ws).with(asAdmin()))
			.andExpect(jsonPath("$.findings[*].rule", hasItem("UNACCEPTABLE_TECHNIQUES_REGULATED")))
			.andExpect(jsonPath("$.findings[?(@.rule == 'LICENSING_COHERENT')].message").value(hasItem("Alluvial gold is to be licensed but has no licence category.")))
			.andExpect(jsonPath("$.findings[?(@.severity == 'WARNING')].message")
				.value(hasItem(containsString("has no member on the task force"))));

		// Licensing regulates it away; a category is given.
		j.send(post("/api/v1/workspaces/{ws}/strategy/types/{t}/instruments", ws, type), j.chosen(j.instrument("LICENSING"), j.mining))
			.andExpect(status().isCreated());
		long category = j.category("Artisanal mining permit");
		j.send(put("/api/v1/workspaces/{ws}/strategy/types/{t}", ws, type), j.strategy(true, category, null, 0L)).andExpect(status().isOk())
			.andExpect(header().string("OpenASM-Coherence-Blocking", "0"));

		// Finalised once; finalising the same draft again is the same version.
		mvc.perform(post("/api/v1/workspaces/{ws}/strategy/versions", ws).with(asAdmin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.warnings").value(1))
			.andExpect(jsonPath("$.finalisedBy").value("admin"));
		mvc.perform(post("/api/v1/workspaces/{ws}/strategy/versions", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(1));
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/versions", ws).with(asAdmin()))
			.andExpect(jsonPath("$.versions", hasSize(1)))
			.andExpect(jsonPath("$.draftChanged").value(false));
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andExpect(jsonPath("$[?(@.code == '2.4')].status").value(hasItem("READY")));

		// An edit after version 1 starts draft 2; version 1 keeps what it froze.
		j.send(put("/api/v1/workspaces/{ws}/strategy/types/{t}", ws, type),
				j.strategy(true, category, "Joint patrols with the neighbouring state's mines police", 1L)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/versions", ws).with(asAdmin()))
			.andExpect(jsonPath("$.draftChanged").value(true))
			.andExpect(jsonPath("$.draftNumber").value(2))
			.andExpect(jsonPath("$.latest.number").value(1));
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/versions/1", ws).with(asAdmin()))
			.andExpect(jsonPath("$.snapshot.types[0].name").value("Alluvial gold"))
			.andExpect(jsonPath("$.snapshot.types[0].plan.transboundaryMeasure").doesNotExist())
			.andExpect(jsonPath("$.snapshot.types[0].plan.category").value("Artisanal mining permit"))
			.andExpect(jsonPath("$.snapshot.goals[0].title").value("Mercury use halved by 2030"))
			.andExpect(jsonPath("$.snapshot.report.warnings").value(1));
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/versions/1", ws).with(asAdmin()).header("Accept-Language", "fr"))
			.andExpect(jsonPath("$.snapshot.language").value("fr"))
			.andExpect(jsonPath("$.snapshot.types[0].plan.instruments[*].name", hasItem("Octroi de licences")));

		// Compared: only the transboundary measure of the type differs.
		String comparison = mvc.perform(get("/api/v1/workspaces/{ws}/strategy/versions/compare", ws).with(asAdmin())
			.param("left", "1").param("right", "draft"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed").value(true))
			.andExpect(jsonPath("$.types[0].changed").value(true))
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> changed = JsonPath.read(comparison, "$.types[0].rows[?(@.changed == true)]");
		assertThat(changed).singleElement().satisfies(row -> {
			assertThat(row.get("label")).isEqualTo("Transboundary measure");
			assertThat(row.get("left")).isEqualTo("—");
			assertThat(row.get("right")).isEqualTo("Joint patrols with the neighbouring state's mines police");
		});
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/versions/compare", ws).with(asAdmin()).param("left", "3").param("right", "draft"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("left"));

		// The document is version 1, saying a draft 2 is in progress.
		byte[] pdf = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/management-strategy/pdf", ws).with(asAdmin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Version 1, finalised on").contains("draft 2 is in progress").contains("Mercury use halved by 2030")
			.contains("1. Alluvial gold").contains("Artisanal mining permit").contains("Mercury-free processing at every licensed pit by 2028")
			.contains("Coherence report").contains("has no member on the task force").doesNotContain("DRAFT");
		byte[] docx = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/management-strategy/docx", ws).with(asAdmin()).header("Accept-Language", "fr"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(words.getText()).contains("Version 1, finalisée le").contains("Alluvial gold").contains("Octroi de licences")
				.contains("Rapport de cohérence");
		}
	}

	@Test
	void beforeAnyVersionTheDocumentIsTheDraftMarkedAsSuch() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/outputs", ws).with(asAdmin()))
			.andExpect(jsonPath("$[4].code").value("management-strategy"))
			.andExpect(jsonPath("$[4].status").value("DRAFT"));
		byte[] pdf = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/management-strategy/pdf", ws).with(asAdmin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("DRAFT")
				.contains("No version of this strategy is final yet")
				.contains("Alluvial gold, ranked 1 in step 2.2, has no strategy")
				.contains("Finalise a version of the strategy");
		}
		mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin()))
			.andExpect(jsonPath("$[?(@.code == '2.4')].status").value(hasItem("NOT_STARTED")));
	}

	@Test
	void theBorderDistanceIsAWholeNumberOfKilometresChangedWithItsVersion() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/strategy/coherence/settings", ws).with(asAdmin()))
			.andExpect(jsonPath("$.borderDistanceKm").value(10))
			.andExpect(jsonPath("$.version").doesNotExist());
		j.send(put("/api/v1/workspaces/{ws}/strategy/coherence/settings", ws), "{\"borderDistanceKm\": 501}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("borderDistanceKm"));
		j.send(put("/api/v1/workspaces/{ws}/strategy/coherence/settings", ws), "{\"borderDistanceKm\": 25}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.borderDistanceKm").value(25))
			.andExpect(jsonPath("$.version").value(0));
		j.send(put("/api/v1/workspaces/{ws}/strategy/coherence/settings", ws), "{\"borderDistanceKm\": 30}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		j.send(put("/api/v1/workspaces/{ws}/strategy/coherence/settings", ws), "{\"borderDistanceKm\": 30, \"version\": 0}")
			.andExpect(status().isOk());
		j.send(put("/api/v1/workspaces/{ws}/strategy/coherence/settings", ws), "{\"borderDistanceKm\": 40, \"version\": 0}")
			.andExpect(status().isConflict());
	}

}
