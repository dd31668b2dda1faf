package org.openasm.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Fixtures in the guidance's terms: a fresh jurisdiction of the test's own (never another test's
 * data), its seeded ministries, and task-force members added through the API as the administrator.
 */
public final class Jurisdictions {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	private Jurisdictions() {
	}

	/** The system administrator over the API (HTTP Basic). */
	public static RequestPostProcessor asAdmin() {
		return httpBasic(ADMIN, ADMIN_PASSWORD);
	}

	/** The system administrator signed in to the pages. */
	public static RequestPostProcessor signedInAsAdmin() {
		return user(ADMIN).authorities(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"));
	}

	/** A new national jurisdiction whose name starts with {@code what}, made unique. */
	public static long aJurisdiction(WorkspaceManagement workspaces, String what) {
		return aJurisdictionNamed(workspaces, what + " " + UUID.randomUUID());
	}

	/** A new national jurisdiction with exactly this name, which must be unique. */
	public static long aJurisdictionNamed(WorkspaceManagement workspaces, String name) {
		WorkspaceForm form = new WorkspaceForm();
		form.setName(name);
		form.setCountryCode("XA");
		form.setCurrency("USD");
		form.setLanguages(List.of("en"));
		return workspaces.create(form, false);
	}

	/** The agencies seeded into a jurisdiction, by kind ({@code MINING}, {@code LAND} …) to id. */
	public static Map<String, Long> ministries(MockMvc mvc, long workspaceId) throws Exception {
		String body = mvc.perform(get("/api/v1/workspaces/{id}/taskforce/agencies", workspaceId).with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> agencies = JsonPath.read(body, "$");
		Map<String, Long> byKind = new HashMap<>();
		agencies.forEach(a -> byKind.put((String) a.get("kind"), ((Number) a.get("id")).longValue()));
		return byKind;
	}

	/** Seats a member through the API and returns the member's id. */
	public static long seat(MockMvc mvc, long workspaceId, String fullName, long agencyId, String role) throws Exception {
		String body = mvc.perform(post("/api/v1/workspaces/{id}/taskforce/members", workspaceId).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(memberJson(fullName, agencyId, role, null, null)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	public static String memberJson(String fullName, Long agencyId, String role, String position, Long version) {
		return "{" + field("fullName", fullName) + "," + "\"agencyId\":" + agencyId + "," + field("role", role) + ","
				+ field("position", position) + "," + "\"version\":" + version + "}";
	}

	private static String field(String name, String value) {
		return "\"" + name + "\":" + (value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"");
	}

	public static long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}
}
