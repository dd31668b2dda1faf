package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.support.Jurisdictions.aJurisdiction;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.context.Commodity;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Licences imported from an earlier cadastre: written under the settings lock with a spatial_seq and an
 * IMPORTED event each, refused whole when a row names an unknown holder or category, has an invalid
 * polygon, or overlaps a licence holding ground (in the register or earlier in the file); an expired
 * licence may overlap; the same file's rows are skipped the second time.
 */
@OpenAsmTest
class LicenceImportTests {

	static final String HEADER = "number,holder,category,commodity,starts_on,ends_on,status,geometry\n";

	// About 1.2 ha squares near 1°E 11°N, side 0.001° (111 m × 109 m).
	static final String A = "\"POLYGON ((1 11, 1.001 11, 1.001 11.001, 1 11.001, 1 11))\"";

	static final String B = "\"{\"\"type\"\":\"\"Polygon\"\",\"\"coordinates\"\":[[[1.002,11],[1.003,11],[1.003,11.001],[1.002,11.001],[1.002,11]]]}\"";

	static final String OVER_A = "\"POLYGON ((1.0005 11.0005, 1.0015 11.0005, 1.0015 11.0015, 1.0005 11.0015, 1.0005 11.0005))\"";

	static final String BOWTIE = "\"POLYGON ((1.01 11, 1.011 11.001, 1.011 11, 1.01 11.001, 1.01 11))\"";

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	RegistryImports imports;

	@Autowired
	OperatorRegister register;

	@Autowired
	LicenceCategoryManagement categories;

	@Autowired
	LicenceRepository licences;

	@Autowired
	JdbcTemplate jdbc;

	long ws;

	@BeforeEach
	void jurisdictionWithAMinerAndACategory() {
		ws = aJurisdiction(workspaces, "Licence import");
		register.register(ws, OperatorRegisterTests.miner("Awa Sanou", "XM900", null), null);
		LicenceCategoryForm form = new LicenceCategoryForm();
		form.setName("Artisanal mining permit");
		form.setEligibility(LicenceEligibility.CITIZENS);
		form.setMaxAreaHectares(new BigDecimal("2"));
		form.setDurationMonths(24);
		form.setApplicationFee(BigDecimal.ZERO);
		form.setAnnualFee(BigDecimal.ZERO);
		categories.add(ws, form);
	}

	RegistryImports.ImportRecord importAll(String name, String csv) throws InterruptedException {
		long id = imports.upload(ws, RegistryImports.Subject.LICENCES, name, csv.getBytes(StandardCharsets.UTF_8), "import-officer");
		imports.start(ws, id, imports.get(ws, id).mapping());
		for (int i = 0; i < 600; i++) {
			RegistryImports.ImportRecord r = imports.get(ws, id);
			if (r.finished()) {
				return r;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import did not finish");
	}

	@Test
	void licencesAreWrittenWithASpatialSeqAndAnImportedEventAndNotTwice() throws Exception {
		String csv = HEADER + "OLD-001,XM900,artisanal mining permit,gold,2025-01-01,2026-12-31,," + A + "\n"
				+ "OLD-002,XM900,Artisanal mining permit,GOLD,2020-01-01,2021-12-31,expired," + OVER_A + "\n"
				+ "OLD-003,XM900,Artisanal mining permit,gold,2026-01-01,2027-12-31,active," + B + "\n";
		RegistryImports.ImportRecord done = importAll("cadastre.csv", csv);
		assertThat(done.errors()).isEmpty();
		assertThat(done.status()).isEqualTo(RegistryImports.Status.DONE);
		assertThat(done.rowsAdded()).isEqualTo(3);
		Licence first = licences.findByWorkspaceIdAndNumber(ws, "OLD-001").orElseThrow();
		assertThat(first.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
		assertThat(first.getCommodity()).isEqualTo(Commodity.GOLD);
		assertThat(first.getStartsOn()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(first.getAreaHectares().doubleValue()).isBetween(1.1, 1.3);
		assertThat(first.getImportKey()).startsWith("row:");
		assertThat(licences.findByWorkspaceIdAndNumber(ws, "OLD-002").orElseThrow().getStatus()).isEqualTo(LicenceStatus.EXPIRED);
		List<Long> seqs = jdbc.queryForList("select spatial_seq from registry_licence where workspace_id = ? order by spatial_seq", Long.class, ws);
		assertThat(seqs).hasSize(3).doesNotHaveDuplicates();
		assertThat(jdbc.queryForObject("select spatial_seq from registry_setting where workspace_id = ?", Long.class, ws))
			.isEqualTo(seqs.get(2));
		assertThat(jdbc.queryForList("select kind from registry_licence_event where workspace_id = ?", String.class, ws)).hasSize(3)
			.containsOnly("IMPORTED");

		RegistryImports.ImportRecord again = importAll("cadastre-again.csv", csv + "\n");
		assertThat(again.status()).isEqualTo(RegistryImports.Status.DONE);
		assertThat(again.rowsAdded()).isZero();
		assertThat(again.rowsSkipped()).isEqualTo(3);
	}

	@Test
	void aFileWithAnOverlapAnUnknownHolderOrAnInvalidPolygonIsRefusedWhole() throws Exception {
		importAll("first.csv", HEADER + "OLD-010,XM900,Artisanal mining permit,gold,2025-01-01,2027-12-31,," + A + "\n");
		String csv = HEADER + "OLD-011,XM900,Artisanal mining permit,gold,2025-01-01,2027-12-31,," + OVER_A + "\n"
				+ "OLD-012,XM999,Artisanal mining permit,gold,2025-01-01,2027-12-31,," + B + "\n"
				+ "OLD-013,XM900,Quarry permit,gold,2025-01-01,2027-12-31,," + B + "\n"
				+ "OLD-014,XM900,Artisanal mining permit,gold,2025-01-01,2027-12-31,," + BOWTIE + "\n"
				+ "OLD-010,XM900,Artisanal mining permit,gold,2025-01-01,2024-12-31,," + B + "\n"
				+ "OLD-015,XM900,Artisanal mining permit,gold,2025-01-01,2027-12-31,," + B + "\n"
				+ "OLD-016,XM900,Artisanal mining permit,gold,2025-01-01,2027-12-31,," + B + "\n";
		RegistryImports.ImportRecord refused = importAll("wrong.csv", csv);
		assertThat(refused.status()).isEqualTo(RegistryImports.Status.REJECTED);
		assertThat(refused.errors()).extracting(e -> e.row() + " " + e.column() + " " + e.messageKey())
			.containsExactly("2 geometry registry.import.licence.overlaps", "3 holder registry.import.licence.holder",
					"4 category registry.import.licence.category", "5 geometry registry.check.valid.invalid",
					"6 number registry.import.licence.numberTaken", "6 ends_on registry.import.licence.endsBeforeStart",
					"8 geometry registry.import.licence.overlapsRow");
		assertThat(refused.errors().get(0).args()).containsExactly("OLD-010");
		assertThat(refused.errors().get(6).args()).containsExactly("7");
		assertThat(licences.findByWorkspaceIdAndNumber(ws, "OLD-012")).isEmpty();
	}
}
