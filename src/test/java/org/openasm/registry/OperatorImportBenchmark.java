package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.support.Jurisdictions.aJurisdiction;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaForm;
import org.openasm.support.BenchFigures;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operator import at national scale: a 100,000-row CSV of individual miners (one or two given
 * names and a surname of the region, national ID, gender, birth date, citizenship, one of nine
 * districts by name, phone) through the real import: upload (read, digest), the check of every row
 * (IDs in the file and in the register, districts, the near-identical name rule) and the write, timed
 * from upload to done. Target: under 10 s on each database. A second import of the same rows in
 * another file is timed too (every row skipped as already recorded).
 */
@Tag("bench")
@OpenAsmTest
class OperatorImportBenchmark {

	static final int ROWS = Integer.getInteger("bench.rows", 100_000);

	static final String[] DISTRICTS = { "Kirru", "Tambali", "Osso Ridge", "Nyaloa", "Sundiri", "Owela", "Marasi", "Port Selem", "Damba" };

	static final String[] GIVEN = { "Aïcha", "Fatoumata", "Mariam", "Awa", "Kadiatou", "Aminata", "Salimata", "Rokia", "Adjoa", "Akosua", "Ama",
			"Esi", "Nafissatou", "Hawa", "Djeneba", "Bintou", "Ramatou", "Safiatou", "Oumou", "Grace", "Esther", "Josiane", "Clarisse", "Solange",
			"Moussa", "Ibrahim", "Seydou", "Boubacar", "Souleymane", "Issa", "Kofi", "Kwame", "Yaw", "Kwaku", "Abdoulaye", "Ousmane", "Drissa",
			"Lassina", "Mamadou", "Yacouba", "Hamidou", "Salif", "Emmanuel", "Joseph", "Patrice", "Didier", "Théophile", "Idrissa", "Karim",
			"Sékou", "Modibo", "Fodé", "Bakary", "Alassane", "Adama", "Mahamadi", "Rasmané", "Boukary", "Ténin", "Kadi" };

	static final String[] SURNAMES = { "Traoré", "Ouédraogo", "Diallo", "Sawadogo", "Koné", "Coulibaly", "Kaboré", "Compaoré", "Zongo", "Sanou",
			"Diarra", "Keïta", "Camara", "Touré", "Sidibé", "Bamba", "Yeboah", "Owusu", "Asante", "Boateng", "Ndiaye", "Sow", "Mbaye", "Kamara",
			"Bangura", "Mbarga", "Ngono", "Kouassi", "Kouamé", "Tiendrebeogo", "Nikiema", "Ilboudo", "Dembélé", "Fofana", "Cissé", "Konaté",
			"Sangaré", "Ouattara", "Agyeman", "Bationo", "Yaméogo", "Zoungrana", "Kiemtoré", "Somé", "Dabiré", "Hien", "Palé", "Da", "Kambou",
			"Sorgho" };

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	AdministrativeAreas areas;

	@Autowired
	RegistryImports imports;

	@Autowired
	Operators operators;

	@Test
	void aHundredThousandOperatorsFromOneCsv() throws Exception {
		String db = System.getProperty("openasm.test.db", "h2");
		long ws = aJurisdiction(workspaces, "Operator import benchmark");
		for (String name : DISTRICTS) {
			AreaForm form = new AreaForm();
			form.setName(name);
			areas.add(ws, form);
		}
		byte[] csv = csv(ROWS, new Random(20261127));
		BenchFigures figures = BenchFigures.of("operator-import-" + db);
		figures.line("file: %,d rows, %.1f MB of CSV", ROWS, csv.length / 1e6);

		long t0 = System.nanoTime();
		RegistryImports.ImportRecord first = run(ws, "miners.csv", csv);
		double seconds = (System.nanoTime() - t0) / 1e9;
		assertThat(first.status()).isEqualTo(RegistryImports.Status.DONE);
		assertThat(operators.count(ws)).isEqualTo(ROWS);
		figures.line("%s: %,d operators imported in %.2f s (upload, check of every row, write), %,d flagged as possible duplicates",
				db, first.rowsAdded(), seconds, first.rowsFlagged());

		byte[] again = (new String(csv, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
		long t1 = System.nanoTime();
		RegistryImports.ImportRecord second = run(ws, "miners-again.csv", again);
		double secondSeconds = (System.nanoTime() - t1) / 1e9;
		assertThat(second.rowsAdded()).isZero();
		figures.line("%s: the same rows in another file: %,d skipped as already recorded in %.2f s", db, second.rowsSkipped(), secondSeconds);
		figures.line("target: under 10 s for 100,000 rows on each database: %s", seconds < 10 ? "met" : "NOT met");
		figures.save();
	}

	RegistryImports.ImportRecord run(long ws, String name, byte[] file) throws InterruptedException {
		long id = imports.upload(ws, RegistryImports.Subject.OPERATORS, name, file, "bench");
		imports.start(ws, id, imports.get(ws, id).mapping());
		while (true) {
			RegistryImports.ImportRecord r = imports.get(ws, id);
			if (r.finished()) {
				if (r.status() != RegistryImports.Status.DONE) {
					throw new AssertionError(r.status() + " " + r.errors().stream().limit(5).toList());
				}
				return r;
			}
			Thread.sleep(20);
		}
	}

	static byte[] csv(int rows, Random random) {
		StringBuilder s = new StringBuilder(rows * 90);
		s.append("name,national_id,gender,date_of_birth,citizenship,district,phone\n");
		for (int i = 0; i < rows; i++) {
			String name = GIVEN[random.nextInt(GIVEN.length)] + (random.nextInt(10) < 4 ? " " + GIVEN[random.nextInt(GIVEN.length)] : "") + " "
					+ SURNAMES[random.nextInt(SURNAMES.length)];
			int draw = random.nextInt(100);
			s.append(name).append(",XM").append(100_000_000 + i).append(',').append(random.nextBoolean() ? 'F' : 'M').append(',')
				.append(1960 + random.nextInt(46)).append("-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10)).append(',')
				.append(draw < 90 ? "citizen" : draw < 98 ? "resident" : "foreign").append(',').append(DISTRICTS[random.nextInt(DISTRICTS.length)])
				.append(",+229 9").append(random.nextInt(10)).append(' ').append(1_000_000 + random.nextInt(9_000_000)).append('\n');
		}
		return s.toString().getBytes(StandardCharsets.UTF_8);
	}
}
