package org.openasm.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;

/** Reading attendance lists from CSV, all rows or none, without Spring or a database. */
class AttendanceImportTests {

	static Stakeholder stakeholder(String name, StandardCategory code) {
		StakeholderForm form = new StakeholderForm();
		form.setName(name);
		form.setInfluence(3);
		form.setInterest(3);
		Stakeholder s = new Stakeholder(42);
		s.describe(form, Category.standard(42, code));
		return s;
	}

	static final Map<String, Stakeholder> KNOWN = Map.of("coopérative minière de kamituga",
			stakeholder("Coopérative minière de Kamituga", StandardCategory.MINERS_ASSOCIATIONS), "association des femmes de lugushwa",
			stakeholder("Association des femmes de Lugushwa", StandardCategory.WOMENS_GROUPS));

	static final Function<String, Optional<Stakeholder>> BY_NAME = name -> Optional.ofNullable(KNOWN.get(name.strip().toLowerCase()));

	static List<AttendanceImport.Row> read(String csv, Set<String> listed) {
		return AttendanceImport.read(new StringReader(csv), BY_NAME, listed);
	}

	static List<String> refusals(String csv, Set<String> listed) {
		ImportRejected rejected = catchThrowableOfType(ImportRejected.class, () -> read(csv, listed));
		assertThat(rejected).as("the file should have been refused").isNotNull();
		return rejected.errors().stream().map(e -> e.row() + ":" + e.column() + ":" + e.messageKey()).toList();
	}

	@Test
	void aFrenchSpreadsheetSavedWithSemicolonsIsReadWithItsStakeholdersAndGenders() {
		String csv = """
				\uFEFFNom;Partie prenante;Genre
				Amani Furaha;Association des femmes de Lugushwa;Femme
				Jean-Pierre Mukendi;Coopérative minière de Kamituga;H
				"Kéïta, Aïssata";;F
				Observateur provincial;;autre
				""";
		List<AttendanceImport.Row> rows = read(csv, Set.of());
		assertThat(rows).extracting(AttendanceImport.Row::personName)
			.containsExactly("Amani Furaha", "Jean-Pierre Mukendi", "Kéïta, Aïssata", "Observateur provincial");
		assertThat(rows).extracting(AttendanceImport.Row::gender).containsExactly(Gender.WOMAN, Gender.MAN, Gender.WOMAN, Gender.OTHER);
		assertThat(rows.get(0).stakeholder().getName()).isEqualTo("Association des femmes de Lugushwa");
		assertThat(rows.get(2).stakeholder()).isNull();
	}

	@Test
	void anEnglishCommaSeparatedListWithBlankLinesIsReadToo() {
		String csv = "name,gender,stakeholder\nGrace Mwamba,woman,\n\nPaul Kabila,male,coopérative minière de kamituga\n";
		assertThat(read(csv, Set.of())).extracting(r -> r.personName() + "/" + r.gender())
			.containsExactly("Grace Mwamba/WOMAN", "Paul Kabila/MAN");
	}

	@Test
	void aFileWithThreeBadRowsReportsAllThreeWithRowAndColumnAndKeepsNothing() {
		String csv = """
				name,stakeholder,gender
				Grace Mwamba,,woman
				,,man
				Paul Kabila,Unknown Traders Ltd,male
				Esther Bahati,,maybe
				Neema Zawadi,,F
				""";
		assertThat(refusals(csv, Set.of())).containsExactly("3:name:attendance.import.name.missing",
				"4:stakeholder:attendance.import.stakeholder.unknown", "5:gender:attendance.import.gender.unknown");
	}

	@Test
	void aRowWithTwoWrongCellsReportsBoth() {
		assertThat(refusals("name,stakeholder,gender\n,Nobody,x\n", Set.of())).containsExactly("2:name:attendance.import.name.missing",
				"2:stakeholder:attendance.import.stakeholder.unknown", "2:gender:attendance.import.gender.unknown");
	}

	@Test
	void aMissingGenderColumnIsReportedOnTheHeaderRow() {
		ImportRejected rejected = catchThrowableOfType(ImportRejected.class,
				() -> read("name,stakeholder\nGrace Mwamba,\n", Set.of()));
		assertThat(rejected.errors()).hasSize(1);
		RowError error = rejected.errors().get(0);
		assertThat(error.row() + ":" + error.column() + ":" + error.messageKey()).isEqualTo("1:gender:attendance.import.column.missing");
		assertThat(error.args()).containsExactly("gender");
	}

	@Test
	void aNameTwiceInTheFileOrAlreadyOnTheListIsRefused() {
		String csv = """
				nom;genre
				Grace Mwamba;F
				grace mwamba ;F
				Paul Kabila;M
				""";
		assertThat(refusals(csv, Set.of())).containsExactly("3:name:attendance.import.name.twice");
		assertThat(refusals(csv.replace("grace mwamba ;F\n", ""), Set.of("paul kabila")))
			.containsExactly("3:name:attendance.import.name.twice");
	}

	@Test
	void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
		assertThat(refusals("", Set.of())).containsExactly("1:file:attendance.import.empty");
		assertThat(refusals("name,gender\n", Set.of())).containsExactly("2:file:attendance.import.empty");
	}
}
