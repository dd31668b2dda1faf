package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Step 1.3 from nothing to ready through the context records (sites, a miners estimate per commodity
 * with sites, every agency's capacity, a flow per main commodity, a political actor), then the
 * "ASM Context Analysis" output with its site map and chain diagram as pictures.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class ContextStepTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	SiteRegister sites;

	@Autowired
	SectorFigures figures;

	@Autowired
	CapacityAssessment capacity;

	@Autowired
	ChainRegister chain;

	@Autowired
	PoliticalEconomy politics;

	String stepStatus(long ws) throws Exception {
		String body = mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin())).andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$[2].status");
	}

	List<String> missing(long ws) throws Exception {
		String body = mvc.perform(get("/api/v1/workspaces/{ws}/steps", ws).with(asAdmin())).andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$[2].missing");
	}

	long site(long ws, String name, Commodity commodity, int women, int men) {
		SiteForm form = new SiteForm();
		form.setToken(UUID.randomUUID().toString());
		form.setName(name);
		form.setLongitude("1.5");
		form.setLatitude("9.5");
		form.setCommodity(commodity);
		form.setDepositType(SiteDepositType.ALLUVIAL);
		form.setMechanisation(SiteMechanisation.MANUAL);
		form.setScale(SiteScale.ARTISANAL);
		form.setLegalStatus(SiteLegalStatus.UNLICENSED);
		form.setWomen(women);
		form.setMen(men);
		form.setObservedOn(LocalDate.now().minusDays(10));
		form.setObservationSource("District officer visit");
		return sites.add(ws, form);
	}

	void minersEstimate(long ws, Commodity commodity, int central) {
		EstimateForm form = new EstimateForm();
		form.setToken(UUID.randomUUID().toString());
		form.setFigure(EstimateFigure.MINERS);
		form.setCommodity(commodity);
		form.setYear(2025);
		form.setLow(BigDecimal.valueOf(central / 2));
		form.setCentral(BigDecimal.valueOf(central));
		form.setHigh(BigDecimal.valueOf(central * 2L));
		form.setUnit("persons");
		form.setSource("ASM census 2025");
		figures.add(ws, form);
	}

	@Test
	void theContextAnalysisTurnsReadyFromItsRecordsAndItsOutputDrawsTheMapAndTheChain() throws Exception {
		long ws = aJurisdiction(workspaces, "Context step");
		assertThat(stepStatus(ws)).isEqualTo("NOT_STARTED");

		site(ws, "Kirru river pits", Commodity.GOLD, 20, 80);
		site(ws, "Osso ridge shafts", Commodity.GOLD, 10, 40);
		site(ws, "Damba salt pans", Commodity.SALT, 30, 10);
		assertThat(stepStatus(ws)).isEqualTo("IN_PROGRESS");
		assertThat(missing(ws)).contains("Sites are recorded for gold but the number of miners is not estimated",
				"Sites are recorded for salt but the number of miners is not estimated", "No political-economy actor is described");

		minersEstimate(ws, Commodity.GOLD, 1000);
		minersEstimate(ws, Commodity.SALT, 200);
		for (var agency : capacity.agencies(ws)) {
			CapacityRatingForm rating = new CapacityRatingForm();
			rating.setExistingLevel(1);
			rating.setNeededLevel(3);
			capacity.rate(ws, agency.id(), capacity.functions(ws).get(0).getId(), rating);
		}
		ChainActorForm miners = new ChainActorForm();
		miners.setName("Kirru miners");
		miners.setKind(ChainActorKind.MINERS);
		long from = chain.addActor(ws, miners);
		ChainActorForm buyer = new ChainActorForm();
		buyer.setName("Selem buying centre");
		buyer.setKind(ChainActorKind.BUYING_CENTRES);
		long to = chain.addActor(ws, buyer);
		// Gold is 2 of 3 sites and salt 1 of 3: both are main commodities, so both need a flow.
		chain.addFlow(ws, flow(from, to, Commodity.GOLD, "kg", 400));
		assertThat(missing(ws)).contains("The supply chain has no flow for salt, a main commodity of the recorded sites");
		chain.addFlow(ws, flow(from, to, Commodity.SALT, "t", 900));
		PoliticalActorForm governor = new PoliticalActorForm();
		governor.setName("Governor of the Northern Highlands");
		governor.setKind(PoliticalKind.POLITICAL);
		governor.setInterests("Revenue for the province");
		politics.add(ws, governor);
		assertThat(missing(ws)).isEmpty();
		assertThat(stepStatus(ws)).isEqualTo("READY");

		// The hub puts the recorded workers beside the estimate: gold 150 of 1,000 estimated miners, 15 %.
		mvc.perform(get("/workspaces/{ws}/context", ws).with(user("s").authorities(new SimpleGrantedAuthority("WS:" + ws + ":SECRETARIAT"))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("15 %")));

		byte[] pdf = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/context-analysis/pdf", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Sector overview", "ASM census 2025", "Map of the recorded sites", "Mass balance",
					"Governor of the Northern Highlands").doesNotContain("DRAFT");
			long pictures = 0;
			for (var page : document.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject) {
						pictures++;
					}
				}
			}
			assertThat(pictures).as("the site map and one chain diagram per commodity").isEqualTo(3);
		}
		mvc.perform(get("/api/v1/workspaces/{ws}/outputs", ws).with(asAdmin()))
			.andExpect(jsonPath("$[2].code").value("context-analysis"))
			.andExpect(jsonPath("$[2].status").value("FINAL"));
		byte[] docx = mvc.perform(get("/api/v1/workspaces/{ws}/outputs/context-analysis/docx", ws).with(asAdmin()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
			assertThat(word.getAllPictures()).hasSize(3);
			assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText()).contains("Aperçu du secteur", "Économie politique");
		}
	}

	static ChainFlowForm flow(long from, long to, Commodity commodity, String unit, int volume) {
		ChainFlowForm form = new ChainFlowForm();
		form.setToken(UUID.randomUUID().toString());
		form.setFromActorId(from);
		form.setToActorId(to);
		form.setCommodity(commodity);
		form.setUnit(unit);
		form.setVolumePerYear(BigDecimal.valueOf(volume));
		form.setSource("Field survey");
		return form;
	}
}
