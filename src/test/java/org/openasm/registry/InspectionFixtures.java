package org.openasm.registry;

import static org.openasm.support.Jurisdictions.asAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.openasm.context.Commodity;
import org.openasm.geo.GeoJson;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registry fixtures in the guidance's terms: a citizen miner, a licence category, and licences on
 * small square plots, written as the registry writes them (under the settings lock, with the next
 * spatial number); techniques of the workspace's catalogue graded through the vision API.
 */
final class InspectionFixtures {

	private InspectionFixtures() {
	}

	static long aCitizenMiner(OperatorRepository operators, long ws, String name, String nationalId) {
		Operator o = new Operator(ws, OperatorKind.INDIVIDUAL);
		o.describe(name, nationalId, null, Gender.FEMALE, 1985, Citizenship.CITIZEN, null, null);
		o.flagSimilarTo(null);
		return operators.saveAndFlush(o).getId();
	}

	static long anArtisanalCategory(LicenceCategoryManagement categories, long ws, String name) {
		LicenceCategoryForm form = new LicenceCategoryForm();
		form.setName(name);
		form.setEligibility(LicenceEligibility.CITIZENS);
		form.setMaxAreaHectares(new BigDecimal("5"));
		form.setDurationMonths(24);
		form.setApplicationFee(BigDecimal.ZERO);
		form.setAnnualFee(BigDecimal.ZERO);
		return categories.add(ws, form);
	}

	/** A square plot of {@code side} degrees with its south-west corner at (lon, lat). */
	static Footprint aPlot(double lon, double lat, double side) {
		Polygon p = GeoJson.FACTORY.createPolygon(new Coordinate[] { new Coordinate(lon, lat), new Coordinate(lon + side, lat),
				new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat) });
		return Footprint.of(p);
	}

	static long aLicence(TransactionTemplate tx, RegistrySettings settings, LicenceRepository licences, long ws, String number, long holderId,
			long categoryId, double lon, double lat) {
		return tx.execute(status -> {
			long seq = settings.lock(ws).nextSpatialSeq();
			Licence l = new Licence(ws, number, null, holderId, categoryId, Commodity.GOLD, aPlot(lon, lat, 0.001), LocalDate.of(2026, 1, 1),
					LocalDate.of(2028, 1, 1), null, seq);
			return licences.saveAndFlush(l).getId();
		});
	}

	/** Grades the first catalogue technique suggested as {@code suggested} with that grade; returns its id. */
	static long graded(MockMvc mvc, long ws, String suggested) throws Exception {
		String body = mvc.perform(get("/api/v1/workspaces/{ws}/vision/techniques", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> techniques = JsonPath.read(body, "$[?(@.suggestedGrade == '" + suggested + "')]");
		Map<String, Object> t = techniques.get(0);
		long id = ((Number) t.get("id")).longValue();
		mvc.perform(put("/api/v1/workspaces/{ws}/vision/techniques/{id}/grade", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":\"" + suggested + "\",\"rationale\":\"As the guidance says.\",\"version\":" + t.get("version") + "}"))
			.andExpect(status().isOk());
		return id;
	}
}
