package org.openasm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.support.Jurisdictions.ADMIN;
import static org.openasm.support.Jurisdictions.ADMIN_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** First start and signing in: the configured administrator, and sessions kept in the database. */
@OpenAsmTest
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onFirstStartTheAdminAccountHasTheConfiguredPassword() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(ADMIN))
			.andExpect(jsonPath("$.systemAdmin").value(true));
		mvc.perform(get("/api/v1/me").with(httpBasic(ADMIN, "admin"))).andExpect(status().isUnauthorized());
		String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, ADMIN);
		assertThat(hash).isNotBlank().doesNotContain(ADMIN_PASSWORD);
	}

	@Test
	void aFormSignInKeepsItsSessionInTheDatabaseSoAnyInstanceCanServeIt() throws Exception {
		MvcResult signedIn = mvc.perform(formLogin("/login").user(ADMIN).password(ADMIN_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/workspaces"))
			.andReturn();
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).as("the Spring Session cookie").isNotNull();
		String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		Integer rows = jdbc.queryForObject("select count(*) from spring_session where session_id = ? and principal_name = ?",
				Integer.class, sessionId, ADMIN);
		assertThat(rows).isEqualTo(1);

		mvc.perform(get("/workspaces").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordSendsBackToTheSignInPage() throws Exception {
		mvc.perform(formLogin("/login").user(ADMIN).password("not-the-password"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?error"));
	}
}
