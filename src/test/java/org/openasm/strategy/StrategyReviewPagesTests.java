package org.openasm.strategy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Step 2.4's pages as the secretariat and a task-force member use them: the check shown on the hub, on
 * the type's page and in full, the rules, finalising refused then accepted from the versions page, a
 * version read in English and French, the draft moving on and compared, the border distance changed.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class StrategyReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	StrategyJurisdiction j;

	String base;

	@BeforeEach
	void aJurisdictionWithARankedGoldType() throws Exception {
		j = new StrategyJurisdiction(mvc, workspaces, "Review pages");
		base = "/workspaces/" + j.ws + "/strategy";
	}

	RequestPostProcessor as(String role) {
		return user(role.toLowerCase() + "-" + j.ws).authorities(new SimpleGrantedAuthority("WS:" + j.ws + ":" + role));
	}

	@Test
	void theCheckIsOnEveryStrategyPageAndFinalisingFromThePageIsRefusedThenFreezesVersionOne() throws Exception {
		mvc.perform(get(base).with(as("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 blocking, 0 warnings")))
			.andExpect(content().string(containsString("No version is final yet")));
		mvc.perform(get(base + "/coherence").with(as("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alluvial gold, ranked 1 in step 2.2, has no strategy")))
			.andExpect(content().string(not(containsString("id=\"settings-form\""))));
		mvc.perform(get(base + "/coherence").with(as("MEMBER")).param("lang", "fr"))
			.andExpect(content().string(containsString("Alluvial gold, classé 1 à l’étape 2.2, n’a pas de stratégie")));
		mvc.perform(get(base + "/rules").with(as("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Every goal is served")))
			.andExpect(content().string(containsString("Every instrument has a lead agency on the task force")))
			.andExpect(content().string(containsString("sites within 10 km of the border")));

		mvc.perform(post(base + "/versions/finalise").with(as("SECRETARIAT")).with(csrf()))
			.andExpect(redirectedUrl(base + "/versions"))
			.andExpect(flash().attribute("refusedFor", hasSize(3)));

		j.coherentStrategyWithOneWarning();
		mvc.perform(get(base + "/types/" + j.type).with(as("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has no member on the task force")));
		mvc.perform(get(base + "/versions").with(as("SECRETARIAT")))
			.andExpect(content().string(containsString("Nothing blocks finalising (1 warning will be kept with the version)")))
			.andExpect(content().string(containsString("Finalise version 1")));
		mvc.perform(post(base + "/versions/finalise").with(as("SECRETARIAT")).with(csrf()))
			.andExpect(redirectedUrl(base + "/versions/1"))
			.andExpect(flash().attribute("saved", "strategy.version.finalised"));
		mvc.perform(get(base + "/versions/1").with(as("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ASM Management Strategy, version 1")))
			.andExpect(content().string(containsString("Instrument: Licensing")))
			.andExpect(content().string(containsString("Mercury use halved by 2030")));
		mvc.perform(get(base + "/versions/1").with(as("MEMBER")).param("lang", "fr"))
			.andExpect(content().string(containsString("Instrument : Octroi de licences")));
		mvc.perform(get(base + "/versions").with(as("MEMBER")))
			.andExpect(content().string(containsString("The strategy is as version 1 froze it.")))
			.andExpect(content().string(not(containsString("id=\"finalise\""))));

		j.send(put("/api/v1/workspaces/{ws}/strategy/types/{t}", j.ws, j.type),
				j.strategy(true, null, "Joint patrols with the neighbouring state", 1L));
		mvc.perform(get(base).with(as("MEMBER")))
			.andExpect(content().string(containsString("The strategy has changed since version 1: draft 2 is in progress.")));
		mvc.perform(get(base + "/versions/compare").with(as("MEMBER")).param("left", "1").param("right", "draft"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Joint patrols with the neighbouring state")))
			.andExpect(content().string(containsString("Artisanal mining permit")))
			.andExpect(content().string(containsString("class=\"changed\"")));
		mvc.perform(get(base + "/versions/compare").with(as("MEMBER")).param("left", "latest").param("right", "draft"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is neither a version number nor")));
	}

	@Test
	void theSecretariatChangesTheBorderDistanceWithinItsRange() throws Exception {
		mvc.perform(post(base + "/coherence/settings").with(as("SECRETARIAT")).with(csrf()).param("borderDistanceKm", "600"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field-error\"")));
		mvc.perform(post(base + "/coherence/settings").with(as("SECRETARIAT")).with(csrf()).param("borderDistanceKm", "25"))
			.andExpect(redirectedUrl(base + "/coherence"))
			.andExpect(flash().attribute("saved", "strategy.settings.saved"));
		mvc.perform(get(base + "/rules").with(as("MEMBER"))).andExpect(content().string(containsString("sites within 25 km of the border")));
		mvc.perform(post(base + "/coherence/settings").with(as("SECRETARIAT")).with(csrf()).param("borderDistanceKm", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("form-error")));
	}
}
