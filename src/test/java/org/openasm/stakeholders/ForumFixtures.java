package org.openasm.stakeholders;

import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A forum built through the API as the administrator, in the guidance's terms. */
final class ForumFixtures {

	static final String PASSWORD = "a-good-password-1";

	private ForumFixtures() {
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(body(result), "$.id")).longValue();
	}

	static long version(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(body(result), "$.version")).longValue();
	}

	/** The seeded categories, by code ({@code MINERS_ASSOCIATIONS} …) to id. */
	static Map<String, Long> categories(MockMvc mvc, long ws) throws Exception {
		List<Map<String, Object>> all = JsonPath.read(body(mvc.perform(get("/api/v1/workspaces/{ws}/stakeholders/categories", ws)
			.with(asAdmin())).andExpect(status().isOk())), "$");
		Map<String, Long> byCode = new HashMap<>();
		all.stream().filter(c -> c.get("code") != null).forEach(c -> byCode.put((String) c.get("code"), ((Number) c.get("id")).longValue()));
		return byCode;
	}

	static String stakeholderJson(String name, long categoryId, int influence, int interest, boolean member, String account,
			Long version) {
		return """
				{"name": "%s", "categoryId": %d, "influence": %d, "interest": %d, "forumMember": %b, "account": %s, "version": %s}
				""".formatted(name, categoryId, influence, interest, member, account == null ? "null" : "\"" + account + "\"", version);
	}

	static ResultActions addStakeholder(MockMvc mvc, long ws, String json, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/stakeholders", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(request);
	}

	static long stakeholder(MockMvc mvc, long ws, String name, long categoryId, boolean member) throws Exception {
		return id(addStakeholder(mvc, ws, stakeholderJson(name, categoryId, 3, 4, member, null, null), null).andExpect(status().isCreated()));
	}

	static long meeting(MockMvc mvc, long ws, LocalDate heldOn, String place, String minutes) throws Exception {
		return id(mvc.perform(post("/api/v1/workspaces/{ws}/forum/meetings", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"heldOn": "%s", "place": "%s", "agenda": "Mining permits; water use", "minutes": %s}
					""".formatted(heldOn, place, minutes == null ? "null" : "\"" + minutes + "\"")))
			.andExpect(status().isCreated()));
	}

	static ResultActions attend(MockMvc mvc, long ws, long meeting, String name, String gender, Long stakeholderId) throws Exception {
		return mvc.perform(post("/api/v1/workspaces/{ws}/forum/meetings/{m}/attendance", ws, meeting).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"personName": "%s", "gender": "%s", "stakeholderId": %s}
					""".formatted(name, gender, stakeholderId)));
	}

	static long input(MockMvc mvc, long ws, long stakeholderId, Long meetingId, LocalDate raisedOn, String topic) throws Exception {
		return id(mvc.perform(post("/api/v1/workspaces/{ws}/forum/inputs", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"stakeholderId": %d, "meetingId": %s, "raisedOn": "%s", "topic": "%s", "body": "We ask that %s be considered."}
					""".formatted(stakeholderId, meetingId, raisedOn, topic, topic)))
			.andExpect(status().isCreated()));
	}

	static ResultActions respond(MockMvc mvc, long ws, long inputId, String decision, LocalDate on, String linkedType, Long linkedId,
			long version, String language) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/workspaces/{ws}/forum/inputs/{i}/response", ws, inputId)
			.with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"decision": "%s", "reason": "Discussed by the task force.", "respondedOn": "%s", "linkedType": %s, "linkedId": %s,
					 "version": %d}
					""".formatted(decision, on, linkedType == null ? "null" : "\"" + linkedType + "\"", linkedId, version));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return mvc.perform(request);
	}

	/** A new account holding {@code role} in the workspace; returns its user name (password {@link #PASSWORD}). */
	static String account(MockMvc mvc, long ws, String what, String role) throws Exception {
		String username = what + "-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/users").with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"displayName\": \"%s\", \"password\": \"%s\"}".formatted(username, what, PASSWORD)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/workspaces/{ws}/roles", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"role\": \"%s\"}".formatted(username, role)))
			.andExpect(status().isOk());
		return username;
	}
}
