package org.openasm.registry;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.signedInAsAdmin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages of an officer at the counter: the applicant found by national ID, the checks shown before
 * submitting (a refusal lists each reason), the application submitted, approved on its page, and the
 * licence's page with its history and actions, in English and French; the hub and the expiry list.
 */
@OpenAsmTest
@AutoConfigureMockMvc
@Import(LicensingFixtures.class)
class LicensingPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LicensingFixtures fx;

	@Autowired
	OperatorRepository operators;

	@Autowired
	ApplicationRepository applications;

	long ws;

	long amina;

	long artisanal;

	@BeforeEach
	void aJurisdiction() {
		ws = fx.jurisdiction("Licensing pages");
		amina = fx.individual(ws, "Amina Diallo", Citizenship.CITIZEN);
		artisanal = fx.category(ws, "Artisanal", LicenceEligibility.CITIZENS, "2", 24);
	}

	@Test
	void anOfficerFindsTheApplicantChecksSubmitsAndApproves() throws Exception {
		String nationalId = operators.findById(amina).orElseThrow().getNationalId();
		mvc.perform(get("/workspaces/{ws}/registry/applications/new?q={q}", ws, nationalId).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Amina Diallo"), containsString("id=\"registry-map\""))));

		mvc.perform(post("/workspaces/{ws}/registry/applications/new", ws).with(signedInAsAdmin())
			.with(csrf())
			.param("applicantId", String.valueOf(amina))
			.param("categoryId", String.valueOf(artisanal))
			.param("commodity", "GOLD")
			.param("area", LicensingFixtures.typedSquare(1.0, 9.0, 0.03))
			.param("action", "check"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-rule=\"AREA_WITHIN_MAXIMUM\""), containsString("unmet"))));
		org.assertj.core.api.Assertions.assertThat(applications.countByWorkspaceId(ws)).isZero();

		mvc.perform(post("/workspaces/{ws}/registry/applications/new", ws).with(signedInAsAdmin())
			.with(csrf())
			.param("applicantId", String.valueOf(amina))
			.param("categoryId", String.valueOf(artisanal))
			.param("commodity", "GOLD")
			.param("area", LicensingFixtures.typedSquare(1.0, 9.0, 0.03))
			.param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The application is refused")));
		org.assertj.core.api.Assertions.assertThat(applications.countByWorkspaceId(ws)).isZero();

		mvc.perform(post("/workspaces/{ws}/registry/applications/new", ws).with(signedInAsAdmin())
			.with(csrf())
			.param("token", "page-token-1")
			.param("applicantId", String.valueOf(amina))
			.param("categoryId", String.valueOf(artisanal))
			.param("commodity", "GOLD")
			.param("area", LicensingFixtures.typedSquare(1.0, 9.0, 0.001))
			.param("action", "submit"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workspaces/*/registry/applications/*"));
		long id = applications.findByWorkspaceId(ws, org.springframework.data.domain.Pageable.unpaged()).getContent().get(0).getId();

		mvc.perform(get("/workspaces/{ws}/registry/applications/{id}", ws, id).with(signedInAsAdmin()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Contrôles au dépôt"), containsString("approve-form"), not(containsString("??")))));

		mvc.perform(post("/workspaces/{ws}/registry/applications/{id}/approve", ws, id).with(signedInAsAdmin())
			.with(csrf())
			.param("startsOn", "2026-12-01")
			.param("conditions", "No mercury"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workspaces/*/registry/licences/*"))
			.andExpect(flash().attribute("saved", "registry.application.approved"));
		Application approved = applications.findById(id).orElseThrow();
		org.assertj.core.api.Assertions.assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);

		for (String language : new String[] { "en", "fr" }) {
			mvc.perform(get("/workspaces/{ws}/registry/licences/{l}", ws, approved.getLicenceId()).with(signedInAsAdmin())
				.header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-kind=\"GRANTED\""), containsString("suspend-form"), containsString("2028-12-01"),
						not(containsString("??")))));
		}
		mvc.perform(post("/workspaces/{ws}/registry/licences/{l}/suspend", ws, approved.getLicenceId()).with(signedInAsAdmin())
			.with(csrf())
			.param("reason", ""))
			.andExpect(flash().attributeExists("errorText"));
		mvc.perform(post("/workspaces/{ws}/registry/licences/{l}/transfer", ws, approved.getLicenceId()).with(signedInAsAdmin())
			.with(csrf())
			.param("holder", "NOBODY-1"))
			.andExpect(flash().attribute("errorText", "No operator has the national ID or registration number “NOBODY-1”."));
	}

	@Test
	void theHubAndTheListsRenderInBothLanguages() throws Exception {
		LocalDate today = LocalDate.now();
		fx.licence(ws, "SOON-1", amina, artisanal, LicensingFixtures.square(2.0, 9.0, 0.001), today.minusYears(1), today.plusDays(10));
		for (String language : new String[] { "en", "fr" }) {
			mvc.perform(get("/workspaces/{ws}/registry", ws).with(signedInAsAdmin()).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("/registry/licences?expiringWithinDays=60"), containsString("/registry/categories"),
						not(containsString("??")))));
			mvc.perform(get("/workspaces/{ws}/registry/licences?expiringWithinDays=30", ws).with(signedInAsAdmin()).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("SOON-1"), containsString("Amina Diallo"), not(containsString("??")))));
			mvc.perform(get("/workspaces/{ws}/registry/applications", ws).with(signedInAsAdmin()).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
	}
}
