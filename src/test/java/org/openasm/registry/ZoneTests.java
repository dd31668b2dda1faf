package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.openasm.support.Jurisdictions.asAdmin;
import static org.openasm.support.Jurisdictions.number;
import static org.openasm.support.Jurisdictions.signedInAsAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ASM zones and protected areas through the API and the pages, and the application checks against
 * the database: the index follows what is committed, also when another instance made the change.
 * Areas are small squares near lon 1.3, lat 9.6 (where 0.01° of latitude is 1.113 km).
 */
@OpenAsmTest
@AutoConfigureMockMvc
class ZoneTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	AdministrativeAreas areas;

	@Autowired
	ZoneManagement zones;

	@Autowired
	ApplicationChecking checking;

	@Autowired
	RegistrySettings settings;

	@Autowired
	LicenceRepository licences;

	@Autowired
	OperatorRepository operators;

	@Autowired
	LicenceCategoryManagement categories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	long ws;

	@BeforeEach
	void aWorkspace() {
		ws = aJurisdiction(workspaces, "Zones");
	}

	static String square(double lon, double lat, double side) {
		return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + side) + "," + lat + "],[" + (lon + side) + ","
				+ (lat + side) + "],[" + lon + "," + (lat + side) + "],[" + lon + "," + lat + "]]]}";
	}

	static String zoneJson(String name, String area, Integer max, Long version) {
		return "{\"name\":\"" + name + "\",\"code\":\"Z\",\"commodity\":\"GOLD\",\"maxLicences\":" + max + ",\"area\":" + area + ",\"version\":"
				+ version + "}";
	}

	long addZone(String name, String area, Integer max) throws Exception {
		String body = mvc.perform(post("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson(name, area, max, null))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return number(body, "$.id");
	}

	long addProtected(String name, String area) throws Exception {
		String body = mvc.perform(post("/api/v1/workspaces/{ws}/protected-areas", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"designation\":\"Forest reserve\",\"area\":" + area + "}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return number(body, "$.id");
	}

	/** A licence holding ground, written as a grant writes it: under the lock, with the next spatial_seq. */
	long licence(String number, String wkt, long holderId, long categoryId) {
		return tx.execute(s -> {
			RegistrySetting setting = settings.lock(ws);
			Licence l = new Licence(ws, number, null, holderId, categoryId, Commodity.GOLD, Footprint.ofWkt(wkt), LocalDate.of(2026, 1, 1),
					LocalDate.of(2028, 1, 1), null, setting.nextSpatialSeq());
			return licences.saveAndFlush(l).getId();
		});
	}

	long citizen(String name) {
		return tx.execute(s -> {
			Operator o = new Operator(ws, OperatorKind.INDIVIDUAL);
			o.describe(name, "NID-" + name.hashCode(), null, Gender.FEMALE, 1990, Citizenship.CITIZEN, null, null);
			return operators.saveAndFlush(o).getId();
		});
	}

	long category(String name, String max, boolean zonesOnly, LicenceEligibility eligibility) {
		LicenceCategoryForm form = new LicenceCategoryForm();
		form.setName(name);
		form.setEligibility(eligibility);
		form.setMaxAreaHectares(new BigDecimal(max));
		form.setDurationMonths(24);
		form.setZonesOnly(zonesOnly);
		form.setApplicationFee(BigDecimal.ZERO);
		form.setAnnualFee(BigDecimal.ZERO);
		return categories.add(ws, form);
	}

	static String wkt(double lon, double lat, double side) {
		return "POLYGON ((" + lon + " " + lat + ", " + (lon + side) + " " + lat + ", " + (lon + side) + " " + (lat + side) + ", " + lon + " "
				+ (lat + side) + ", " + lon + " " + lat + "))";
	}

	@Test
	void aZoneIsAddedReadChangedAndRemovedWithEachRuleNamingItsField() throws Exception {
		long id = addZone("Kanta", square(1.3, 9.6, 0.05), 3);
		mvc.perform(get("/api/v1/workspaces/{ws}/zones/{id}", ws, id).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Kanta"))
			.andExpect(jsonPath("$.area.type").value("Polygon"))
			.andExpect(jsonPath("$.licences").value(0))
			.andExpect(jsonPath("$.full").value(false))
			// 0.05° × 0.05° at latitude 9.625: 5.566 km × 5.487 km = 3,054 ha.
			.andExpect(jsonPath("$.areaHectares").value(org.hamcrest.Matchers.closeTo(3054.0, 1.0)));
		// The same name in another case, an overlap with it, a capacity of zero, a bow tie: each refused on its field.
		mvc.perform(post("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("KANTA", square(2, 9, 0.01), null, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("Kanta east", square(1.34, 9.6, 0.05), null, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("area"))
			.andExpect(jsonPath("$.detail", containsString("Kanta")));
		// Sharing an edge is not an overlap.
		addZone("Kanta east", square(1.35, 9.6, 0.05), null);
		mvc.perform(post("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("Empty", square(2, 9, 0.01), 0, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("maxLicences"));
		mvc.perform(post("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("Bow tie", "\"2 9; 2.01 9.01; 2.01 9; 2 9.01\"", null, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Self-intersection")));
		// A zone over a protected area, and a protected area over a zone, are refused.
		addProtected("Kora reserve", square(3, 10, 0.1));
		mvc.perform(post("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("In the reserve", square(3.05, 10.05, 0.01), null, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Kora reserve")));
		mvc.perform(post("/api/v1/workspaces/{ws}/protected-areas", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Over Kanta\",\"area\":" + square(1.31, 9.61, 0.01) + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("Kanta")));
		// An edit carries its version; a stale one is refused.
		mvc.perform(put("/api/v1/workspaces/{ws}/zones/{id}", ws, id).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("Kanta river", square(1.3, 9.6, 0.04), 5, 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Kanta river"))
			.andExpect(jsonPath("$.maxLicences").value(5));
		mvc.perform(put("/api/v1/workspaces/{ws}/zones/{id}", ws, id).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("Kanta again", square(1.3, 9.6, 0.04), 5, 0L)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].name", hasItem("Kanta river")));
		mvc.perform(delete("/api/v1/workspaces/{ws}/zones/{id}", ws, id).with(asAdmin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspaces/{ws}/zones/{id}", ws, id).with(asAdmin())).andExpect(status().isNotFound());
	}

	@Test
	void theSameCreateSentTwiceMakesOneZone() throws Exception {
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()).header("Idempotency-Key", "zone-once")
				.contentType(MediaType.APPLICATION_JSON).content(zoneJson("Once", square(1, 9, 0.01), null, null)))
				.andExpect(status().isCreated());
		}
		assertThat(zones.allZones(ws)).hasSize(1);
	}

	@Test
	void aZoneOutsideTheJurisdictionIsRefusedOnceItHasBoundaries() throws Exception {
		areas.importGeoJson(ws, ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Land\",\"code\":\"L\"},"
				+ "\"geometry\":" + square(0, 8, 4) + "}]}").getBytes(StandardCharsets.UTF_8));
		addZone("Inside", square(1, 9, 0.01), null);
		mvc.perform(post("/api/v1/workspaces/{ws}/zones", ws).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("Across the border", square(3.995, 9, 0.01), null, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("area"))
			.andExpect(jsonPath("$.detail", containsString("outside the jurisdiction")));
	}

	@Test
	void anImportAddsEveryFeatureOrNoneAndSaysWhichAreWrong() throws Exception {
		String bad = "{\"type\":\"FeatureCollection\",\"features\":["
				+ "{\"type\":\"Feature\",\"properties\":{\"name\":\"North\",\"max_licences\":12},\"geometry\":" + square(1, 9, 0.02) + "},"
				+ "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + "C".repeat(51) + "\"},\"geometry\":" + square(2, 9, 0.02) + "},"
				+ "{\"type\":\"Feature\",\"properties\":{\"name\":\"Overlaps north\"},\"geometry\":" + square(1.01, 9.01, 0.02) + "},"
				+ "{\"type\":\"Feature\",\"properties\":{\"name\":\"north\",\"commodity\":\"PLATINUM\"},\"geometry\":" + square(3, 9, 0.02) + "}]}";
		mvc.perform(post("/api/v1/workspaces/{ws}/zones/import", ws).with(asAdmin()).contentType("application/geo+json").content(bad))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[2].name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[3].geometry")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[4].name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[4].commodity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[2].code")))
			.andExpect(jsonPath("$.errors", hasSize(5)));
		assertThat(zones.allZones(ws)).isEmpty();
		String good = "{\"type\":\"FeatureCollection\",\"features\":["
				+ "{\"type\":\"Feature\",\"properties\":{\"name\":\"North\",\"max_licences\":12,\"commodity\":\"gold\"},\"geometry\":" + square(1, 9, 0.02)
				+ "},{\"type\":\"Feature\",\"properties\":{\"name\":\"South\"},\"geometry\":" + square(2, 9, 0.02) + "}]}";
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/workspaces/{ws}/zones/import", ws).with(asAdmin()).header("Idempotency-Key", "import-once")
				.contentType("application/geo+json").content(good))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.added").value(2));
		}
		assertThat(zones.allZones(ws)).extracting(Zone::getName).containsExactly("North", "South");
		assertThat(zones.allZones(ws).get(0).getMaxLicences()).isEqualTo(12);
		assertThat(zones.allZones(ws).get(0).getCommodity()).isEqualTo(Commodity.GOLD);
		// Without the key each feature's name is taken and its area overlaps the zone it made.
		mvc.perform(post("/api/v1/workspaces/{ws}/zones/import", ws).with(asAdmin()).contentType("application/geo+json").content(good))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[1].name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rows[2].geometry")))
			.andExpect(jsonPath("$.errors", hasSize(4)));
	}

	@Test
	void aZoneHoldingLicencesKeepsThemItsOccupancyCountsThemAndItCannotBeRemoved() throws Exception {
		long zoneId = addZone("Kanta", square(1.3, 9.6, 0.05), 2);
		long holder = citizen("Awa Kone");
		long cat = category("Zone permit", "1", true, LicenceEligibility.CITIZENS_AND_RESIDENTS);
		licence("ASM-T-1", wkt(1.31, 9.61, 0.005), holder, cat);
		mvc.perform(get("/api/v1/workspaces/{ws}/zones/{id}", ws, zoneId).with(asAdmin()))
			.andExpect(jsonPath("$.licences").value(1))
			.andExpect(jsonPath("$.full").value(false));
		mvc.perform(delete("/api/v1/workspaces/{ws}/zones/{id}", ws, zoneId).with(asAdmin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("ASM-T-1")));
		mvc.perform(put("/api/v1/workspaces/{ws}/zones/{id}", ws, zoneId).with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
			.content(zoneJson("Kanta", square(1.32, 9.62, 0.03), 2, 0L)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("area"))
			.andExpect(jsonPath("$.detail", containsString("ASM-T-1")));
		licence("ASM-T-2", wkt(1.33, 9.61, 0.005), holder, cat);
		mvc.perform(get("/api/v1/workspaces/{ws}/zones/{id}", ws, zoneId).with(asAdmin()))
			.andExpect(jsonPath("$.licences").value(2))
			.andExpect(jsonPath("$.full").value(true));
		mvc.perform(get("/workspaces/{ws}/registry/zones/{id}", ws, zoneId).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ASM-T-2")))
			.andExpect(content().string(containsString("2 of 2")));
	}

	@Test
	void theChecksSeeLicencesZonesAndProtectedAreasAsCommitted() throws Exception {
		long zoneId = addZone("Kanta", square(1.3, 9.6, 0.05), 2);
		addProtected("Kora reserve", square(3, 10, 0.1));
		long holder = citizen("Awa Kone");
		long zonePermit = category("Zone permit", "1", true, LicenceEligibility.CITIZENS_AND_RESIDENTS);
		long artisanal = category("Artisanal", "2", false, LicenceEligibility.CITIZENS);
		licence("ASM-T-7", wkt(1.31, 9.61, 0.005), holder, zonePermit);
		Instant now = Instant.now();

		// A 0.0008° square inside the zone, clear of the licence: 89 m × 88 m = 0.78 ha.
		List<CheckResult> clear = checking.check(ws, AreaInput.read(square(1.34, 9.62, 0.0008)), zonePermit, holder, now, null);
		assertThat(ApplicationChecking.allPassed(clear)).as(clear.toString()).isTrue();
		assertThat(clear.get(1).args()[0]).isEqualTo(new BigDecimal("0.78"));
		assertThat(clear.get(6).args()).containsExactly("Kanta");

		List<CheckResult> overlapping = checking.check(ws, AreaInput.read(square(1.312, 9.612, 0.0008)), zonePermit, holder, now, null);
		CheckResult licences = overlapping.get(3);
		assertThat(licences.passed()).isFalse();
		assertThat(licences.args()).containsExactly(1, "ASM-T-7");

		List<CheckResult> inReserve = checking.check(ws, AreaInput.read(square(3.05, 10.05, 0.005)), artisanal, holder, now, null);
		assertThat(inReserve.get(5).passed()).isFalse();
		assertThat(inReserve.get(5).args()).containsExactly(1, "Kora reserve");
		assertThat(inReserve.get(6).passed()).isTrue();

		List<CheckResult> outsideZone = checking.check(ws, AreaInput.read(square(2, 9, 0.0008)), zonePermit, holder, now, null);
		assertThat(outsideZone.get(6).messageKey()).isEqualTo("registry.check.zone.outside");

		// Another instance sharing the database: its index loads, then follows a licence and a removed zone.
		SpatialIndex other = new SpatialIndex(jdbc);
		assertThat(other.zonesContaining(ws, AreaInput.read(square(1.34, 9.62, 0.005)))).extracting(SpatialIndex.Hit::label).containsExactly("Kanta");
		licence("ASM-T-8", wkt(1.34, 9.62, 0.005), holder, zonePermit);
		List<CheckResult> nowFull = checking.check(ws, AreaInput.read(square(1.346, 9.64, 0.0008)), zonePermit, holder, now, null);
		assertThat(nowFull.get(6).messageKey()).isEqualTo("registry.check.zone.full");
		assertThat(nowFull.get(6).args()).containsExactly("Kanta", 2, 2);
		other.refresh(ws);
		assertThat(other.overlapping(ws, AreaInput.read(square(1.341, 9.621, 0.001)), java.util.EnumSet.of(SpatialIndex.Kind.LICENCE)))
			.extracting(SpatialIndex.Hit::label).containsExactly("ASM-T-8");
		jdbc.update("update registry_licence set status = 'REVOKED' where number in ('ASM-T-7', 'ASM-T-8') and workspace_id = ?", ws);
		tx.executeWithoutResult(s -> {
			RegistrySetting setting = settings.lock(ws);
			long seq = setting.nextSpatialSeq();
			jdbc.update("update registry_licence set spatial_seq = ? where number in ('ASM-T-7', 'ASM-T-8') and workspace_id = ?", seq, ws);
		});
		zones.removeZone(ws, zoneId);
		other.refresh(ws);
		assertThat(other.zonesContaining(ws, AreaInput.read(square(1.34, 9.62, 0.005)))).isEmpty();
		assertThat(other.sizes(ws).get(SpatialIndex.Kind.LICENCE)).isZero();
	}

	@Test
	void theMapGivesWhatIsInTheBoxAndThePagesShowZonesAndProtectedAreas() throws Exception {
		long zoneId = addZone("Kanta", square(1.3, 9.6, 0.05), null);
		long reserveId = addProtected("Kora reserve", square(3, 10, 0.1));
		mvc.perform(get("/workspaces/{ws}/registry/map/features", ws).param("bbox", "1,9,2,10").with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.truncated").value(false))
			.andExpect(jsonPath("$.features", hasSize(1)))
			.andExpect(jsonPath("$.features[0].properties.layer").value("zones"))
			.andExpect(jsonPath("$.features[0].properties.href").value("/workspaces/" + ws + "/registry/zones/" + zoneId));
		mvc.perform(get("/workspaces/{ws}/registry/map/features", ws).param("bbox", "0,8,4,12").param("layers", "protected").with(signedInAsAdmin()))
			.andExpect(jsonPath("$.features", hasSize(1)))
			.andExpect(jsonPath("$.features[0].properties.label").value("Kora reserve"));
		mvc.perform(get("/workspaces/{ws}/registry/map/features", ws).param("bbox", "0,8,4").with(signedInAsAdmin()))
			.andExpect(status().isBadRequest());
		// A licence's status comes with its code and in the reader's language, for the pop-up.
		licence("ASM-T-9", wkt(2.5, 9.5, 0.005), citizen("Awa Kone"), category("Zone permit", "1", false, LicenceEligibility.CITIZENS));
		mvc.perform(get("/workspaces/{ws}/registry/map/features", ws).param("bbox", "2.4,9.4,2.6,9.6").param("layers", "licences")
			.header("Accept-Language", "fr").with(signedInAsAdmin()))
			.andExpect(jsonPath("$.features", hasSize(1)))
			.andExpect(jsonPath("$.features[0].properties.status").value("ACTIVE"))
			.andExpect(jsonPath("$.features[0].properties.statusText").value("Actif"));
		mvc.perform(get("/workspaces/{ws}/registry/zones", ws).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kanta")));
		mvc.perform(get("/workspaces/{ws}/registry/protected-areas/{id}", ws, reserveId).with(signedInAsAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Forest reserve")));
		mvc.perform(get("/workspaces/{ws}/registry/zones/{id}/edit", ws, zoneId).with(signedInAsAdmin())).andExpect(status().isOk());
		mvc.perform(get("/workspaces/{ws}/registry/protected-areas/new", ws).with(signedInAsAdmin())).andExpect(status().isOk());
	}

	@Test
	void theFormTakesTypedCornersAndShowsWhyABowTieIsRefused() throws Exception {
		mvc.perform(post("/workspaces/{ws}/registry/zones/new", ws).with(signedInAsAdmin()).with(csrf())
			.param("name", "Bow tie").param("area", "2 9\n2.01 9.01\n2.01 9\n2 9.01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Self-intersection")));
		mvc.perform(post("/workspaces/{ws}/registry/zones/new", ws).with(signedInAsAdmin()).with(csrf())
			.param("name", "Typed").param("maxLicences", "4").param("area", "2 9\n2.01 9\n2.01 9.01\n2 9.01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workspaces/" + ws + "/registry/zones/*"));
		assertThat(zones.allZones(ws)).extracting(Zone::getName).containsExactly("Typed");
		mvc.perform(post("/workspaces/{ws}/registry/protected-areas/new", ws).with(signedInAsAdmin()).with(csrf())
			.param("name", "Reserve").param("area", "3 9; 3.1 9; 3.1 9.1"))
			.andExpect(status().is3xxRedirection());
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
	}
}
