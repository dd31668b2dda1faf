package org.openasm.registry;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Applications and licences over the API: a submission once per Idempotency-Key, a refusal naming
 * every failed check, one waiting behind an earlier overlapping application, an approval that grants
 * a numbered licence ending after the category's duration, the later application then refused naming
 * that licence, the expiry list, a suspension in the history.
 */
@OpenAsmTest
@AutoConfigureMockMvc
@Import(LicensingFixtures.class)
class LicensingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LicensingFixtures fx;

	long ws;

	long amina;

	long foreigner;

	long artisanal;

	@BeforeEach
	void aJurisdiction() {
		ws = fx.jurisdiction("Licensing API");
		amina = fx.individual(ws, "Amina Diallo", Citizenship.CITIZEN);
		foreigner = fx.individual(ws, "John Smith", Citizenship.FOREIGN);
		artisanal = fx.category(ws, "Artisanal", LicenceEligibility.CITIZENS, "2", 24);
	}

	static String json(long applicant, long category, double lon, double lat, double side) {
		return """
				{"applicantId": %d, "categoryId": %d, "commodity": "GOLD", "area": "%s"}
				""".formatted(applicant, category, LicensingFixtures.typedSquare(lon, lat, side));
	}

	ResultActions submit(String body, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/applications", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	@Test
	void aSubmissionIsRecordedOncePerKeyWithItsChecks() throws Exception {
		String body = json(amina, artisanal, 1.0, 9.0, 0.001);
		String first = submit(body, "k-1").andExpect(status().isCreated())
			.andExpect(jsonPath("$.number", startsWith("APP-")))
			.andExpect(jsonPath("$.number", containsString("-00001")))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.checks", hasSize(8)))
			.andExpect(jsonPath("$.area.type").value("Polygon"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = submit(body, "k-1").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		mvc.perform(get("/api/v1/workspaces/{ws}/applications", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		org.assertj.core.api.Assertions.assertThat(number(again, "$.id")).isEqualTo(number(first, "$.id"));
	}

	@Test
	void aRefusalNamesEveryFailedCheckAndRecordsNothing() throws Exception {
		submit(json(foreigner, artisanal, 1.0, 9.0, 0.02), null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("checks.AREA_WITHIN_MAXIMUM", "checks.APPLICANT_ELIGIBLE")));
		mvc.perform(post("/api/v1/workspaces/{ws}/applications/check", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(foreigner, artisanal, 1.0, 9.0, 0.02)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.passed == false)].rule", containsInAnyOrder("AREA_WITHIN_MAXIMUM", "APPLICANT_ELIGIBLE")));
		mvc.perform(get("/api/v1/workspaces/{ws}/applications", ws).with(asAdmin())).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theEarlierApplicationIsGrantedAndTheLaterRefusedNamingTheLicence() throws Exception {
		long earlier = number(submit(json(amina, artisanal, 1.0, 9.0, 0.001), null).andReturn().getResponse().getContentAsString(), "$.id");
		long binta = fx.individual(ws, "Binta Keita", Citizenship.CITIZEN);
		long later = number(submit(json(binta, artisanal, 1.0005, 9.0005, 0.001), null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.checks[?(@.passed == false)].rule", containsInAnyOrder("CLEAR_OF_EARLIER_APPLICATIONS")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");

		mvc.perform(post("/api/v1/workspaces/{ws}/applications/{id}/review", ws, earlier).with(asAdmin()))
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		String licence = mvc
			.perform(post("/api/v1/workspaces/{ws}/applications/{id}/approve", ws, earlier).with(asAdmin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"startsOn\": \"2026-12-01\", \"conditions\": \"No mercury\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number", startsWith("ASM-")))
			.andExpect(jsonPath("$.endsOn").value("2028-12-01"))
			.andExpect(jsonPath("$.holderId").value(amina))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String licenceNumber = com.jayway.jsonpath.JsonPath.read(licence, "$.number");
		long licenceId = number(licence, "$.id");

		mvc.perform(post("/api/v1/workspaces/{ws}/applications/{id}/approve", ws, later).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsOn\": \"2026-12-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("checks.CLEAR_OF_LICENCES")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString(licenceNumber))));
		mvc.perform(post("/api/v1/workspaces/{ws}/applications/{id}/reject", ws, later).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"The ground is licensed\"}"))
			.andExpect(jsonPath("$.status").value("REJECTED"));

		mvc.perform(post("/api/v1/workspaces/{ws}/licences/{id}/suspend", ws, licenceId).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Mercury in the stream\"}"))
			.andExpect(jsonPath("$.status").value("SUSPENDED"));
		mvc.perform(get("/api/v1/workspaces/{ws}/licences/{id}/history", ws, licenceId).with(asAdmin()))
			.andExpect(jsonPath("$[*].kind", org.hamcrest.Matchers.contains("GRANTED", "SUSPENDED")))
			.andExpect(jsonPath("$[1].reason").value("Mercury in the stream"));
	}

	@Test
	void theExpiryListHoldsLicencesEndingWithinTheDaysAsked() throws Exception {
		LocalDate today = LocalDate.now();
		fx.licence(ws, "SOON", amina, artisanal, LicensingFixtures.square(2.0, 9.0, 0.001), today.minusYears(1), today.plusDays(20));
		fx.licence(ws, "LATER", amina, artisanal, LicensingFixtures.square(2.1, 9.0, 0.001), today.minusYears(1), today.plusDays(200));
		mvc.perform(get("/api/v1/workspaces/{ws}/licences?expiringWithinDays=60", ws).with(asAdmin()))
			.andExpect(jsonPath("$.items[*].number", org.hamcrest.Matchers.contains("SOON")));
		mvc.perform(get("/api/v1/workspaces/{ws}/licences?size=1&page=1", ws).with(asAdmin()))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.items", hasSize(1)));
	}
}
