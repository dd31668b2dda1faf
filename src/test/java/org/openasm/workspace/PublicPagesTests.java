package org.openasm.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The transparency page speaks the visitor's language, chosen with ?lang= and remembered in a cookie. */
@OpenAsmTest
@AutoConfigureMockMvc
class PublicPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void askingForFrenchRendersThePublicPageInFrenchAndRemembersIt() throws Exception {
		Cookie language = mvc.perform(get("/public").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Transparence")))
			.andExpect(content().string(not(containsString("??"))))
			.andExpect(cookie().value("openasm-lang", "fr"))
			.andReturn()
			.getResponse()
			.getCookie("openasm-lang");
		mvc.perform(get("/public").cookie(language)).andExpect(content().string(containsString("Transparence")));
	}

	@Test
	void aVisitorWhoseBrowserPrefersFrenchGetsFrenchAndOthersGetEnglish() throws Exception {
		mvc.perform(get("/public").locale(Locale.FRANCE)).andExpect(content().string(containsString("Transparence")));
		mvc.perform(get("/public").locale(Locale.GERMANY))
			.andExpect(content().string(containsString("Transparency")))
			.andExpect(content().string(not(containsString("??"))));
	}
}
