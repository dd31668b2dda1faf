package org.openasm.registry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The operator pages and API end to end: register, refuse a duplicate ID, a group's members, the photo, the review of a flagged pair. */
@OpenAsmTest
@AutoConfigureMockMvc
class OperatorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	long ws;

	@BeforeEach
	void jurisdiction() {
		ws = aJurisdiction(workspaces, "Operator pages");
	}

	RequestPostProcessor officer() {
		return user("op-officer").authorities(new SimpleGrantedAuthority("WS:" + ws + ":OFFICER"));
	}

	static String individual(String name, String nationalId) {
		return "{\"kind\":\"INDIVIDUAL\",\"name\":\"" + name + "\",\"nationalId\":\"" + nationalId
				+ "\",\"gender\":\"MALE\",\"birthYear\":1984,\"citizenship\":\"CITIZEN\"}";
	}

	long apiRegister(String json, String key) throws Exception {
		var request = post("/api/v1/workspaces/{ws}/operators", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return number(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.operator.id");
	}

	@Test
	void theApiRegistersSearchesAndRefusesADuplicateIdNamingTheHolder() throws Exception {
		long moussa = apiRegister(individual("Moussa Sawadogo", "XM100"), "k-1");
		mvc.perform(post("/api/v1/workspaces/{ws}/operators", ws).with(asAdmin()).header("Idempotency-Key", "k-1")
			.contentType(MediaType.APPLICATION_JSON).content(individual("Moussa Sawadogo", "XM100")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.operator.id").value(moussa));
		mvc.perform(post("/api/v1/workspaces/{ws}/operators", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(individual("Issa Zongo", "XM100")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nationalId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Moussa Sawadogo")));
		mvc.perform(post("/api/v1/workspaces/{ws}/operators", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"COMPANY\",\"name\":\"Sahel Gravel SARL\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("registrationNumber"));
		mvc.perform(get("/api/v1/workspaces/{ws}/operators?q=sawadogo", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].nationalId").value("XM100"));
		mvc.perform(get("/api/v1/workspaces/{ws}/operators?q=XM100", ws).with(asAdmin())).andExpect(jsonPath("$.total").value(1));
		String read = mvc.perform(get("/api/v1/workspaces/{ws}/operators/{id}", ws, moussa).with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long version = number(read, "$.version");
		mvc.perform(put("/api/v1/workspaces/{ws}/operators/{id}", ws, moussa).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(individual("Moussa Sawadogo", "XM100").replace("}", ",\"phone\":\"+229 97 00 00 00\",\"version\":" + version + "}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("+229 97 00 00 00"));
		mvc.perform(put("/api/v1/workspaces/{ws}/operators/{id}", ws, moussa).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(individual("Moussa Sawadogo", "XM100").replace("}", ",\"version\":" + version + "}")))
			.andExpect(status().isConflict());
	}

	@Test
	void aGroupGetsMembersAndAFlaggedPairIsClearedFromTheReviewPage() throws Exception {
		long awa = apiRegister(individual("Awa Ouattara", "XM200"), null);
		long twice = apiRegister(individual("Awa Ouatara", "XM201"), null);
		long group = apiRegister("{\"kind\":\"GROUP\",\"name\":\"Coopérative Yiriwa\"}", null);
		mvc.perform(post("/api/v1/workspaces/{ws}/operators/{id}/members", ws, group).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberId\":" + awa + ",\"role\":\"Chair\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members", hasSize(1)))
			.andExpect(jsonPath("$.members[0].role").value("Chair"));
		mvc.perform(post("/workspaces/{ws}/registry/operators/{id}/members", ws, group).with(officer()).with(csrf())
			.param("nationalId", "XM999"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/workspaces/{ws}/registry/operators/{id}", ws, group).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Awa Ouattara")))
			.andExpect(content().string(containsString("Chair")));
		mvc.perform(get("/workspaces/{ws}/registry/operators/review", ws).with(officer()).locale(Locale.FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Doublons possibles")))
			.andExpect(content().string(containsString("Awa Ouatara")));
		mvc.perform(post("/workspaces/{ws}/registry/operators/{id}/review", ws, twice).with(officer()).with(csrf()))
			.andExpect(redirectedUrlPattern("/workspaces/*/registry/operators/review"));
		mvc.perform(get("/api/v1/workspaces/{ws}/operators/{id}", ws, twice).with(asAdmin()))
			.andExpect(jsonPath("$.operator.review").value("CLEARED"));
		mvc.perform(delete("/api/v1/workspaces/{ws}/operators/{id}/members/{m}", ws, group, awa).with(asAdmin()))
			.andExpect(status().isNoContent());
	}

	@Test
	void theFormRegistersWithAPhotoServedBackAndRefusesAFileThatIsNotAnImage() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3 };
		String location = mvc.perform(multipart("/workspaces/{ws}/registry/operators/new", ws)
			.file(new MockMultipartFile("photo", "me.png", "image/png", png))
			.param("kind", "INDIVIDUAL").param("name", "Fatoumata Kaboré").param("nationalId", "XM300").param("gender", "FEMALE")
			.param("citizenship", "CITIZEN").param("birthYear", "1991")
			.with(officer()).with(csrf()))
			.andExpect(redirectedUrlPattern("/workspaces/*/registry/operators/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location + "/photo").with(officer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(png));
		mvc.perform(get(location).with(officer()).locale(Locale.FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fatoumata Kaboré")))
			.andExpect(content().string(containsString("Aucun permis")));
		mvc.perform(multipart("/workspaces/{ws}/registry/operators/new", ws)
			.file(new MockMultipartFile("photo", "me.png", "image/png", "<svg/>".getBytes()))
			.param("kind", "INDIVIDUAL").param("name", "Esther Mbarga").param("nationalId", "XM301").param("gender", "FEMALE")
			.param("citizenship", "CITIZEN")
			.with(officer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("JPEG or PNG")));
		mvc.perform(get("/workspaces/{ws}/registry/operators?q=kabore", ws).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fatoumata Kaboré")))
			.andExpect(content().string(not(containsString("Esther Mbarga"))));
		mvc.perform(get("/workspaces/{ws}/registry/operators/new?kind=COMPANY", ws).with(officer()).locale(Locale.FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Numéro d’immatriculation")));
	}
}
