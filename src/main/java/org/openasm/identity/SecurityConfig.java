package org.openasm.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two doors: the API takes HTTP Basic, keeps no session and so needs no CSRF token; pages use form
 * login with sessions stored in the database and CSRF on. Who may call what is decided per handler
 * by {@code @Access.*}; here only "signed in or not".
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String[] PUBLIC_PAGES = { "/", "/public", "/public/**", "/login", "/error", "/webjars/**", "/css/**", "/js/**",
			"/images/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
			"/actuator/health" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems.unauthorized()).accessDeniedHandler(problems.forbidden()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		// After sign-in, return to the page asked for without a "?continue" marker in its address.
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		http.requestCache(cache -> cache.requestCache(requestCache))
			.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/workspaces").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, denied) -> {
				// A form older than the session (or from before sign-in) is not a question of roles: say so.
				if (denied instanceof CsrfException) {
					request.setAttribute("formExpired", true);
				}
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}));
		return http.build();
	}
}
