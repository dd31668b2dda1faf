package org.openasm.vision;

import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Mine sites recorded through the context API, as step 2.1's tests need them. */
final class VisionFixtures {

	private VisionFixtures() {
	}

	/** Records a site and returns its id; {@code areaId} may be null (a workspace without boundaries). */
	static long site(MockMvc mvc, long ws, String name, String commodity, String deposit, String mechanisation, int women, int men,
			Long areaId) throws Exception {
		String json = "{\"name\":\"" + name + "\",\"longitude\":\"0.5\",\"latitude\":\"11\",\"commodity\":\"" + commodity + "\","
				+ "\"depositType\":\"" + deposit + "\",\"mechanisation\":\"" + mechanisation + "\",\"scale\":\"ARTISANAL\",\"women\":"
				+ women + ",\"men\":" + men + ",\"minors\":false,\"legalStatus\":\"UNLICENSED\",\"impacts\":[],"
				+ "\"observedOn\":\"2025-05-01\",\"observationSource\":\"District officer visit\",\"areaId\":" + areaId + "}";
		String body = mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return number(body, "$.id");
	}
}
