package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.openasm.support.Jurisdictions.aJurisdiction;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaForm;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The bulk import of operators: an ODK-style CSV mapped from its group-prefixed headers, imported in
 * the background and not again; a file with wrong rows refused whole with each row named; XLSX and
 * GeoJSON points; the pages from upload to result.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class OperatorImportTests {

	static final String ODK_HEADER = "SubmissionDate,miner/first_name,miner/last_name,miner/national_id,miner/sex,miner/year_of_birth,"
			+ "miner-nationality,miner/district,meta/instanceID,KEY\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	RegistryImports imports;

	@Autowired
	Operators operators;

	@Autowired
	OperatorRegister register;

	@Autowired
	AdministrativeAreas areas;

	long ws;

	@BeforeEach
	void jurisdiction() {
		ws = aJurisdiction(workspaces, "Operator import");
		AreaForm kirru = new AreaForm();
		kirru.setName("Kirru");
		kirru.setCode("KR");
		areas.add(ws, kirru);
	}

	RequestPostProcessor officer() {
		return user("import-officer").authorities(new SimpleGrantedAuthority("WS:" + ws + ":OFFICER"));
	}

	RegistryImports.ImportRecord importAll(String fileName, byte[] file) throws InterruptedException {
		long id = imports.upload(ws, RegistryImports.Subject.OPERATORS, fileName, file, "import-officer");
		RegistryImports.ImportRecord uploaded = imports.get(ws, id);
		imports.start(ws, id, uploaded.mapping());
		return finished(id);
	}

	RegistryImports.ImportRecord finished(long id) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			RegistryImports.ImportRecord r = imports.get(ws, id);
			if (r.finished()) {
				return r;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	@Test
	void groupPrefixedHeadersAreProposedForTheirFields() {
		List<String> headers = List.of("SubmissionDate", "miner/first_name", "miner/last_name", "miner/national_id", "miner/sex",
				"miner/year_of_birth", "miner-nationality", "miner/district", "meta/instanceID", "KEY");
		Map<String, Integer> mapping = ImportColumns.propose(headers, ImportColumns.OPERATOR_FIELDS);
		assertThat(mapping).containsEntry("first_name", 1).containsEntry("last_name", 2).containsEntry("national_id", 3)
			.containsEntry("gender", 4).containsEntry("birth_year", 5).containsEntry("citizenship", 6).containsEntry("residence_area", 7)
			.containsEntry("import_key", 9) // ODK Central's KEY, the same value as meta/instanceID
			.doesNotContainKey("name");
		assertThat(ImportColumns.propose(List.of("_uuid", "Nom", "CNI", "Sexe"), ImportColumns.OPERATOR_FIELDS)).containsEntry("import_key", 0)
			.containsEntry("name", 1).containsEntry("national_id", 2).containsEntry("gender", 3);
	}

	@Test
	void anOdkExportIsImportedOnceAndItsRowsAreSkippedWhenSentAgainInAnotherFile() throws Exception {
		String csv = ODK_HEADER + "2026-03-01T10:00:00Z,Awa,Sanou,XM500,F,1990-04-02,citizen,Kirru,uuid:a1,uuid:a1\n"
				+ "2026-03-01T11:00:00Z,Issa,Zongo,XM501,M,1979,resident,KR,uuid:a2,uuid:a2\n"
				+ "2026-03-02T09:00:00Z,Awa,Sanu,XM502,f,,citizen,kirru,uuid:a3,uuid:a3\n";
		RegistryImports.ImportRecord done = importAll("odk.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(done.status()).isEqualTo(RegistryImports.Status.DONE);
		assertThat(done.rowsAdded()).isEqualTo(3);
		assertThat(done.rowsFlagged()).isEqualTo(1);
		OperatorFacts awa = operators.byNationalId(ws, "XM500").orElseThrow();
		assertThat(awa.name()).isEqualTo("Awa Sanou");
		assertThat(awa.gender()).isEqualTo(Gender.FEMALE);
		assertThat(awa.birthYear()).isEqualTo(1990);
		assertThat(operators.byNationalId(ws, "XM501").orElseThrow().citizenship()).isEqualTo(Citizenship.RESIDENT);
		OperatorFacts sanu = operators.byNationalId(ws, "XM502").orElseThrow();
		assertThat(sanu.review()).isEqualTo(OperatorReview.FLAGGED);
		assertThat(register.operator(ws, sanu.id()).getSimilarToId()).isEqualTo(awa.id());
		assertThat(sanu.residenceAreaId()).isEqualTo(awa.residenceAreaId()).isNotNull();

		assertThatThrownBy(() -> imports.upload(ws, RegistryImports.Subject.OPERATORS, "odk.csv", csv.getBytes(StandardCharsets.UTF_8), "x"))
			.isInstanceOf(DomainRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "registry.import.already");
		String more = csv + "2026-03-03T09:00:00Z,Rokia,Diarra,XM503,F,1985,citizen,Kirru,uuid:a4,uuid:a4\n";
		RegistryImports.ImportRecord again = importAll("odk-2.csv", more.getBytes(StandardCharsets.UTF_8));
		assertThat(again.status()).isEqualTo(RegistryImports.Status.DONE);
		assertThat(again.rowsAdded()).isEqualTo(1);
		assertThat(again.rowsSkipped()).isEqualTo(3);
		assertThat(operators.count(ws)).isEqualTo(4);
	}

	/**
	 * The import writes 500 rows a statement: a flag on a row naming a row of an earlier statement is
	 * written with the row, one naming a row of its own statement afterwards; both must point to the right
	 * operator. Between them, 600 miners with random names that resemble nobody.
	 */
	@Test
	void flagsPointToTheEarlierRowWhetherItWasWrittenInTheSameStatementOrAnEarlierOne() throws Exception {
		StringBuilder csv = new StringBuilder("name,national_id,gender,citizenship,district,_uuid\n");
		csv.append("Awa Sanou,XM900,F,citizen,Kirru,u-0\n");
		java.util.Random random = new java.util.Random(7);
		for (int i = 1; i <= 600; i++) {
			String first = randomWord(random);
			String last = randomWord(random);
			csv.append(first).append(' ').append(last).append(",XF").append(10000 + i).append(",M,citizen,Kirru,u-").append(i).append('\n');
		}
		csv.append("Awa Sanu,XM901,F,citizen,Kirru,u-601\n");
		csv.append("Issa Zongo,XM902,M,citizen,Kirru,u-602\n");
		csv.append("Issa Zongho,XM903,M,citizen,Kirru,u-603\n");
		RegistryImports.ImportRecord done = importAll("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(done.status()).as(String.valueOf(done)).isEqualTo(RegistryImports.Status.DONE);
		assertThat(done.rowsAdded()).isEqualTo(604);
		long awa = operators.byNationalId(ws, "XM900").orElseThrow().id();
		long issa = operators.byNationalId(ws, "XM902").orElseThrow().id();
		OperatorFacts sanu = operators.byNationalId(ws, "XM901").orElseThrow();
		OperatorFacts zongho = operators.byNationalId(ws, "XM903").orElseThrow();
		assertThat(sanu.review()).isEqualTo(OperatorReview.FLAGGED);
		assertThat(register.operator(ws, sanu.id()).getSimilarToId()).isEqualTo(awa);
		assertThat(zongho.review()).isEqualTo(OperatorReview.FLAGGED);
		assertThat(register.operator(ws, zongho.id()).getSimilarToId()).isEqualTo(issa);
		assertThat(register.operator(ws, awa).getSimilarToId()).isNull();
	}

	private static String randomWord(java.util.Random random) {
		StringBuilder word = new StringBuilder();
		word.append((char) ('A' + random.nextInt(26)));
		for (int i = 0; i < 9; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	@Test
	void aFileWithWrongRowsIsRefusedWholeNamingEachRowAndColumn() throws Exception {
		register.register(ws, OperatorRegisterTests.miner("Hawa Cissé", "XM600", null), null);
		String csv = "name,national_id,gender,citizenship,district\n"
				+ "Bintou Konaté,XM601,F,citizen,Kirru\n"
				+ "Salif Keïta,XM600,M,citizen,Kirru\n"
				+ "Yaw Owusu,XM601,M,citizen,Kirru\n"
				+ "Ama Asante,XM603,X,citizen,Nowhere\n"
				+ "Kofi Yeboah,,M,citizen,Kirru\n";
		RegistryImports.ImportRecord refused = importAll("wrong.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.status()).isEqualTo(RegistryImports.Status.REJECTED);
		assertThat(refused.errors()).extracting(e -> e.row() + " " + e.column() + " " + e.messageKey())
			.containsExactly("3 national_id registry.operator.nationalId.taken", "4 national_id registry.import.sameAsRow",
					"5 gender registry.import.choice", "5 district registry.import.area", "6 national_id registry.operator.nationalId.required");
		assertThat(operators.count(ws)).isEqualTo(1);

		mvc.perform(get("/workspaces/{ws}/registry/import/{id}", ws, refused.id()).with(officer()).locale(Locale.FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5 lignes sont fausses")))
			.andExpect(content().string(containsString("Ligne 3, national_id")))
			.andExpect(content().string(containsString("Hawa Cissé")));
	}

	@Test
	void xlsxAndGeoJsonPointsAreReadTheirPointGivingTheDistrict() throws Exception {
		XSSFWorkbook book = new XSSFWorkbook();
		Sheet sheet = book.createSheet();
		String[][] cells = { { "Name", "Kind", "Registration number", "District" }, { "Sahel Gravel SARL", "company", "RC-77", "Kirru" },
				{ "Coopérative Benkadi", "cooperative", "", "" } };
		for (int r = 0; r < cells.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < cells[r].length; c++) {
				row.createCell(c).setCellValue(cells[r][c]);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		book.write(out);
		book.close();
		RegistryImports.ImportRecord xlsx = importAll("book.xlsx", out.toByteArray());
		assertThat(xlsx.status()).isEqualTo(RegistryImports.Status.DONE);
		assertThat(operators.byRegistrationNumber(ws, "RC-77").orElseThrow().kind()).isEqualTo(OperatorKind.COMPANY);
		assertThat(operators.count(ws)).isEqualTo(2);

		String geojson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0.5,11]},"
				+ "\"properties\":{\"name\":\"Esther Mbarga\",\"nid\":\"XM700\",\"sex\":\"F\",\"citizenship\":\"citizen\"}}]}";
		RegistryImports.ImportRecord points = importAll("people.geojson", geojson.getBytes(StandardCharsets.UTF_8));
		assertThat(points.status()).isEqualTo(RegistryImports.Status.DONE);
		assertThat(operators.byNationalId(ws, "XM700").orElseThrow().name()).isEqualTo("Esther Mbarga");
	}

	@Test
	void thePagesTakeAFileThroughItsMappingToTheResult() throws Exception {
		String csv = "full name;NIN;gender;nationality\nMariam Touré;XM800;F;citizen\n";
		String location = mvc.perform(multipart("/workspaces/{ws}/registry/import", ws)
			.file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("subject", "OPERATORS").with(officer()).with(csrf()))
			.andExpect(redirectedUrlPattern("/workspaces/*/registry/import/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Which column fills which field")))
			.andExpect(content().string(containsString("<option value=\"0\" selected=\"selected\">full name</option>")));
		mvc.perform(post(location).with(officer()).with(csrf()).param("field.name", "0").param("field.national_id", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("mappingError", "A column is chosen for two fields."));
		mvc.perform(post(location).with(officer()).with(csrf()).param("field.name", "0").param("field.national_id", "1")
			.param("field.gender", "2").param("field.citizenship", "3"))
			.andExpect(status().is3xxRedirection());
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(finished(id).rowsAdded()).isEqualTo(1);
		mvc.perform(get(location + "/progress").with(officer())).andExpect(header().string("HX-Refresh", "true"));
		mvc.perform(get(location).with(officer())).andExpect(content().string(containsString("Imported: 1 added")));
		mvc.perform(get("/workspaces/{ws}/registry/import", ws).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("people.csv")));
		mvc.perform(multipart("/workspaces/{ws}/registry/import", ws)
			.file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("subject", "OPERATORS").with(officer()).with(csrf()))
			.andExpect(redirectedUrlPattern("/workspaces/*/registry/import"));
	}
}
