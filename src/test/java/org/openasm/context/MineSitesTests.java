package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * Mine sites end to end: areas with boundaries imported from GeoJSON, sites placed in them from their
 * point, the refusals, the three import formats all or nothing, the GeoJSON routes and the site form.
 * The jurisdiction: region North (0–2°E, 10–12°N) split into Kirru (0–1°E) and Tambali (1–2°E).
 */
@OpenAsmTest
@AutoConfigureMockMvc
class MineSitesTests {

	static final String HEADER = "name,longitude,latitude,commodity,deposit_type,mechanisation,scale,legal_status,women,men,minors,impacts,observed_on,source";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	SiteRegister register;

	@Autowired
	org.openasm.geo.AdministrativeAreas administrativeAreas;

	long ws;

	@BeforeEach
	void jurisdictionWithBoundaries() throws Exception {
		ws = aJurisdiction(workspaces, "Sites");
		String areas = "{\"type\":\"FeatureCollection\",\"features\":[" + area("Kirru", "K", "N", 0, 1) + "," + area("North", "N", "", 0, 2)
				+ "," + area("Tambali", "T", "N", 1, 2) + "]}";
		mvc.perform(post("/api/v1/workspaces/{ws}/areas/import", ws).with(asAdmin()).contentType("application/geo+json").content(areas))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.areas").value(3));
	}

	@Test
	void aSiteIsPlacedInItsDistrictFromItsPointAndRefusedOutsideTheJurisdiction() throws Exception {
		mvc.perform(get("/api/v1/workspaces/{ws}/areas/boundaries.geojson", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features", hasSize(3)))
			.andExpect(jsonPath("$.features[0].properties.name").value("North"))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));

		String body = mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.header("Idempotency-Key", "k1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("Bakoya Diggings", "0.5", "11", null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.area").value("Kirru"))
			.andExpect(jsonPath("$.impacts[0]").value("MERCURY_USE"))
			.andReturn().getResponse().getContentAsString();
		long id = number(body, "$.id");
		// A retry with the same key is the same site.
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.header("Idempotency-Key", "k1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("Bakoya Diggings", "0.5", "11", null)))
			.andExpect(jsonPath("$.id").value(id));

		// Moved across the district line with a decimal comma: now in Tambali.
		mvc.perform(put("/api/v1/workspaces/{ws}/context/sites/{id}", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("Bakoya Diggings", "1,5", "11", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.area").value("Tambali"))
			.andExpect(jsonPath("$.longitude").value(1.5));
		mvc.perform(put("/api/v1/workspaces/{ws}/context/sites/{id}", ws, id).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("Bakoya Diggings", "1.5", "11", 0L)))
			.andExpect(status().isConflict());

		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("Far away", "5", "11", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("longitude"));
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("Bad latitude", "0.5", "95", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("latitude"));
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("BAKOYA diggings", "1.2", "10.5", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		// The same name in another district is another site.
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("Bakoya Diggings", "0.2", "10.5", null)))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/workspaces/{ws}/context/sites.geojson", ws).with(asAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features", hasSize(2)))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Point"));
		mvc.perform(get("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin()).param("areaId", String.valueOf(areaId("North"))))
			.andExpect(jsonPath("$", hasSize(2)));
		mvc.perform(get("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin()).param("areaId", String.valueOf(areaId("Kirru"))))
			.andExpect(jsonPath("$", hasSize(1)));

		List<SiteFacts> facts = register.facts(ws);
		assertThat(facts).hasSize(2);
		assertThat(facts.get(0).commodity()).isEqualTo(Commodity.GOLD);
		assertThat(facts.get(0).impacts()).containsExactly("MERCURY_USE");
		assertThat(facts.get(0).women() + facts.get(0).men()).isEqualTo(50);

		mvc.perform(delete("/api/v1/workspaces/{ws}/context/sites/{id}", ws, id).with(asAdmin())).andExpect(status().isNoContent());
		assertThat(register.facts(ws)).hasSize(1);
	}

	@Test
	void aCsvWithThreeBadRowsReportsAllThreeAndSavesNothing() throws Exception {
		String csv = HEADER + "\n" + "Good one,0.5,11,GOLD,ALLUVIAL,MANUAL,ARTISANAL,UNLICENSED,5,20,no,MERCURY_USE,2025-03-01,census\n"
				+ "Off the map,9.5,11,GOLD,ALLUVIAL,MANUAL,ARTISANAL,UNLICENSED,5,20,no,,2025-03-01,census\n"
				+ "Odd metal,0.6,11,UNOBTAINIUM,ALLUVIAL,MANUAL,ARTISANAL,UNLICENSED,5,20,no,,2025-03-01,census\n"
				+ "Good two,1.5,11,GOLD,HARD_ROCK,MANUAL,ARTISANAL,LICENSED,5,20,yes,,2025-03-01,census\n"
				+ "Bad date,0.7,11,SALT,OTHER,MANUAL,ARTISANAL,LICENSED,5,20,no,,01/03/2025,census\n";
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites/import", ws).with(asAdmin()).contentType("text/csv").content(csv))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].field").value("rows[3].longitude"))
			.andExpect(jsonPath("$.errors[1].field").value("rows[4].commodity"))
			.andExpect(jsonPath("$.errors[2].field").value("rows[6].observed_on"));
		assertThat(register.facts(ws)).isEmpty();
		// Semicolons and decimal commas, as French spreadsheets save them.
		String french = HEADER.replace(',', ';') + "\nBon site;0,5;11,2;GOLD;ALLUVIAL;MANUAL;ARTISANAL;UNLICENSED;5;20;non;;2025-03-01;recensement\n";
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites/import", ws).with(asAdmin()).contentType("text/csv")
			.content(french.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(1));
	}

	@Test
	void anXlsxAndAGeoJsonImportAndTheSameFileTwiceAddsNothing() throws Exception {
		byte[] xlsx = workbook();
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites/import", ws).with(asAdmin())
			.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").content(xlsx))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(2))
			.andExpect(jsonPath("$.alreadyRecorded").value(0));
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites/import", ws).with(asAdmin())
			.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").content(xlsx))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(0))
			.andExpect(jsonPath("$.alreadyRecorded").value(2));
		SiteFacts pit = register.facts(ws).stream().filter(f -> f.name().equals("Sirawa Gem Field")).findFirst().orElseThrow();
		assertThat(pit.minors()).isTrue();
		assertThat(pit.impacts()).containsExactlyInAnyOrder("DEFORESTATION", "CHILD_LABOUR");

		String geojson = "{\"type\":\"FeatureCollection\",\"features\":["
				+ "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1.25,10.75]},\"properties\":{\"name\":\"Lemasa Quarry\","
				+ "\"commodity\":\"DEVELOPMENT_MINERALS\",\"deposit_type\":\"OTHER\",\"mechanisation\":\"MANUAL\",\"scale\":\"ARTISANAL\","
				+ "\"legal_status\":\"IN_ASM_ZONE\",\"women\":12,\"men\":30,\"minors\":false}},"
				+ "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0.25,11.75]},\"properties\":{\"name\":\"Kobili Salt Pans\","
				+ "\"commodity\":\"SALT\",\"depositType\":\"OTHER\",\"mechanisation\":\"MANUAL\",\"scale\":\"ARTISANAL\","
				+ "\"legalStatus\":\"UNLICENSED\"}}]}";
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites/import", ws).with(asAdmin()).contentType("application/geo+json").content(geojson))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(2));
		mvc.perform(post("/api/v1/workspaces/{ws}/context/sites/import", ws).with(asAdmin()).contentType("application/geo+json").content(geojson))
			.andExpect(jsonPath("$.added").value(0))
			.andExpect(jsonPath("$.alreadyRecorded").value(2));
		assertThat(register.facts(ws)).hasSize(4);
	}

	@Test
	void theSiteFormTakesADecimalCommaAndShowsWhyAPointIsRefused() throws Exception {
		mvc.perform(get("/workspaces/{ws}/context/sites/new", ws).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"longitude\"")))
			.andExpect(content().string(containsString("name=\"token\"")));
		mvc.perform(post("/workspaces/{ws}/context/sites/new", ws).with(secretariat()).with(csrf()).params(form("Walo Reef", "0,75", "11,5")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workspaces/" + ws + "/context/sites/*"));
		mvc.perform(post("/workspaces/{ws}/context/sites/new", ws).with(secretariat()).with(csrf()).params(form("Lost", "11.5", "0.75")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lies outside every area")));
		mvc.perform(get("/workspaces/{ws}/context/sites", ws).with(secretariat()).param("commodity", "GOLD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Walo Reef")))
			.andExpect(content().string(containsString("Kirru")));
		mvc.perform(get("/workspaces/{ws}/context/map", ws).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/js/context-map.js")));
		mvc.perform(get("/workspaces/{ws}/context/map/sites.geojson", ws).with(secretariat()))
			.andExpect(jsonPath("$.features[0].properties.name").value("Walo Reef"));
		long id = register.facts(ws).get(0).id();
		mvc.perform(get("/workspaces/{ws}/context/sites/{id}", ws, id).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("North › Kirru")));
		mvc.perform(multipart("/workspaces/{ws}/context/sites/import", ws)
			.file(new MockMultipartFile("file", "sites.csv", "text/csv", (HEADER + "\nX,0.5,11,GOLD,ALLUVIAL,MANUAL,ARTISANAL,NOPE,1,1,no,,,\n")
				.getBytes(StandardCharsets.UTF_8)))
			.with(secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("importErrors"));
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	SiteDemo siteDemo;

	@Test
	void theDemoSitesAllFallInsideTheDemoDistricts() throws Exception {
		long demo = aJurisdiction(workspaces, "Demo sites");
		// The geo module's demo seeder is package-private: run it as the event would.
		Object demoAreas = context.getBean("demoAreas");
		java.lang.reflect.Method on = demoAreas.getClass().getDeclaredMethod("on", org.openasm.workspace.WorkspaceCreated.class);
		on.setAccessible(true);
		on.invoke(demoAreas, new org.openasm.workspace.WorkspaceCreated(demo, true));
		siteDemo.on(new org.openasm.workspace.WorkspaceCreated(demo, true));
		List<SiteFacts> facts = register.facts(demo);
		assertThat(facts).hasSize(SiteDemo.sites(LocalDate.now()).size());
		assertThat(facts).allSatisfy(f -> assertThat(f.areaId()).isNotNull());
		String body = mvc.perform(get("/api/v1/workspaces/{ws}/areas", demo).with(asAdmin())).andReturn().getResponse().getContentAsString();
		List<Number> coast = com.jayway.jsonpath.JsonPath.read(body, "$[?(@.name in ['Port Selem', 'Damba'])].id");
		assertThat(facts.stream().filter(f -> f.commodity() == Commodity.SALT))
			.allSatisfy(f -> assertThat(coast.stream().map(Number::longValue).toList()).contains(f.areaId()));
		mvc.perform(get("/api/v1/workspaces/{ws}/areas/boundaries.geojson", demo).with(asAdmin()))
			.andExpect(jsonPath("$.features", hasSize(13)));
	}

	private org.springframework.util.MultiValueMap<String, String> form(String name, String lon, String lat) {
		org.springframework.util.LinkedMultiValueMap<String, String> f = new org.springframework.util.LinkedMultiValueMap<>();
		f.add("name", name);
		f.add("longitude", lon);
		f.add("latitude", lat);
		f.add("commodity", "GOLD");
		f.add("depositType", "HARD_ROCK");
		f.add("mechanisation", "MANUAL");
		f.add("scale", "ARTISANAL");
		f.add("legalStatus", "UNLICENSED");
		f.add("women", "10");
		f.add("men", "30");
		f.add("impacts", "MERCURY_USE");
		f.add("observedOn", LocalDate.of(2025, 6, 1).toString());
		f.add("token", java.util.UUID.randomUUID().toString());
		return f;
	}

	private RequestPostProcessor secretariat() {
		return user("sites-sec").authorities(new SimpleGrantedAuthority("WS:" + ws + ":SECRETARIAT"));
	}

	private long areaId(String name) throws Exception {
		String body = mvc.perform(get("/api/v1/workspaces/{ws}/areas", ws).with(asAdmin())).andReturn().getResponse().getContentAsString();
		List<Number> ids = com.jayway.jsonpath.JsonPath.read(body, "$[?(@.name == '" + name + "')].id");
		return ids.get(0).longValue();
	}

	@Test
	void theSitesWithinTheBorderBandAreFoundFromTheirPointsAlone() throws Exception {
		long nearWest = site("Western edge pit", "0.05", "11");
		long middle = site("Bakoya Diggings", "0.5", "11");
		long onDistrictLine = site("Line camp", "1.0", "11");
		long nearNorth = site("Summit diggings", "1.5", "11.95");

		// North spans 0–2°E and 10–12°N. At 11°N, 0.05° of longitude is 0.05 × 111.32 × cos(11°) = 5.46 km from
		// the western edge; 0.05° of latitude is 5.57 km from the northern one. The line between Kirru and
		// Tambali is no border.
		java.util.Set<Long> within = register.siteIdsWithin(ws, administrativeAreas.borderBand(ws, 10));

		assertThat(within).containsExactlyInAnyOrder(nearWest, nearNorth).doesNotContain(middle, onDistrictLine);
		// Bakoya is 0.5° (54.6 km) from the western edge; the line camp is over 109 km from every edge.
		assertThat(register.siteIdsWithin(ws, administrativeAreas.borderBand(ws, 60))).contains(middle).doesNotContain(onDistrictLine);
		long elsewhere = aJurisdiction(workspaces, "No boundaries");
		assertThat(register.siteIdsWithin(elsewhere, administrativeAreas.borderBand(elsewhere, 10))).isEmpty();
	}

	private long site(String name, String lon, String lat) throws Exception {
		return number(mvc.perform(post("/api/v1/workspaces/{ws}/context/sites", ws).with(asAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(name, lon, lat, null)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static String json(String name, String lon, String lat, Long version) {
		return "{\"name\":\"" + name + "\",\"longitude\":\"" + lon + "\",\"latitude\":\"" + lat + "\",\"commodity\":\"GOLD\","
				+ "\"depositType\":\"ALLUVIAL\",\"mechanisation\":\"MANUAL\",\"scale\":\"ARTISANAL\",\"women\":15,\"men\":35,"
				+ "\"minors\":false,\"legalStatus\":\"UNLICENSED\",\"impacts\":[\"MERCURY_USE\"],\"observedOn\":\"2025-05-01\","
				+ "\"observationSource\":\"District officer visit\",\"version\":" + version + "}";
	}

	private static String area(String name, String code, String parent, double west, double east) {
		return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\",\"code\":\"" + code + "\",\"parent\":\"" + parent
				+ "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + west + ",10],[" + east + ",10],[" + east + ",12],[" + west
				+ ",12],[" + west + ",10]]]}}";
	}

	private static byte[] workbook() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Sites");
			String[] header = HEADER.split(",");
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Object[][] rows = { { "Sirawa Gem Field", 0.35, 10.4, "COLOURED_GEMSTONES", "ALLUVIAL", "MANUAL", "ARTISANAL", "UNLICENSED", 8.0,
					40.0, "yes", "DEFORESTATION|CHILD_LABOUR", "2025-02-10", "NGO survey" },
					{ "Tanuko Reef", 1.8, 11.9, "GOLD", "HARD_ROCK", "SEMI_MECHANISED", "SMALL_SCALE", "LICENSED", 20.0, 100.0, "no",
							"MERCURY_USE", "2024-12-01", "Ministry of Mines ASM census 2025" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof Double d) {
						row.createCell(c).setCellValue(d);
					}
					else {
						row.createCell(c).setCellValue((String) rows[r][c]);
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}
}
