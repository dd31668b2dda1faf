package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openasm.support.Jurisdictions.aJurisdiction;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaForm;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;

/** Registering operators: duplicates refused by ID, near-identical names flagged per district, groups and their members, the demo. */
@OpenAsmTest
class OperatorRegisterTests {

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	OperatorRegister register;

	@Autowired
	Operators operators;

	@Autowired
	AdministrativeAreas areas;

	long ws;

	long kirru;

	long tambali;

	@BeforeEach
	void jurisdiction() {
		ws = aJurisdiction(workspaces, "Operators");
		kirru = areas.add(ws, area("Kirru"));
		tambali = areas.add(ws, area("Tambali"));
	}

	static AreaForm area(String name) {
		AreaForm form = new AreaForm();
		form.setName(name);
		return form;
	}

	static OperatorForm miner(String name, String nationalId, Long areaId) {
		OperatorForm form = new OperatorForm();
		form.setKind(OperatorKind.INDIVIDUAL);
		form.setName(name);
		form.setNationalId(nationalId);
		form.setGender(Gender.FEMALE);
		form.setBirthYear(1988);
		form.setCitizenship(Citizenship.CITIZEN);
		form.setResidenceAreaId(areaId);
		return form;
	}

	@Test
	void theSameNationalIdTwiceIsRefusedNamingTheHolder() {
		long aicha = register.register(ws, miner("Aïcha Traoré", "XM001", kirru), null);
		assertThat(operators.byNationalId(ws, " XM001 ")).hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(aicha));
		assertThatThrownBy(() -> register.register(ws, miner("Awa Sanou", "XM001", tambali), null)).isInstanceOf(DomainRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "nationalId")
			.satisfies(ex -> assertThat(((DomainRuleViolation) ex).args()).containsExactly("XM001", "Aïcha Traoré"));
		assertThat(operators.count(ws)).isEqualTo(1);
	}

	@Test
	void aNearIdenticalNameInTheSameDistrictIsFlaggedElsewhereItIsNot() {
		long first = register.register(ws, miner("Aïcha Traoré", "XM001", kirru), null);
		long other = register.register(ws, miner("Aisha Traore", "XM002", tambali), null);
		long same = register.register(ws, miner("Aisha Traore", "XM003", kirru), null);
		assertThat(operators.find(ws, other).orElseThrow().review()).isEqualTo(OperatorReview.NONE);
		assertThat(operators.find(ws, same).orElseThrow().review()).isEqualTo(OperatorReview.FLAGGED);
		assertThat(register.operator(ws, same).getSimilarToId()).isEqualTo(first);
		register.clearReview(ws, same);
		assertThat(operators.find(ws, same).orElseThrow().review()).isEqualTo(OperatorReview.CLEARED);
		assertThatThrownBy(() -> register.clearReview(ws, same)).hasFieldOrPropertyWithValue("messageKey", "registry.operator.review.notFlagged");
	}

	@Test
	void theSameSubmissionTwiceRegistersOnce() {
		OperatorForm form = miner("Rokia Diarra", "XM010", kirru);
		form.setToken(UUID.randomUUID().toString());
		long a = register.register(ws, form, null);
		long b = register.register(ws, form, null);
		assertThat(a).isEqualTo(b);
		assertThat(operators.count(ws)).isEqualTo(1);
	}

	@Test
	void aGroupHasIndividualMembersWithRolesAndACompanyNeedsItsNumber() {
		long awa = register.register(ws, miner("Awa Sanou", "XM020", kirru), null);
		OperatorForm coop = new OperatorForm();
		coop.setKind(OperatorKind.GROUP);
		coop.setName("Coopérative Benkadi");
		long group = register.register(ws, coop, null);
		register.addMember(ws, group, awa, "Chair");
		assertThatThrownBy(() -> register.addMember(ws, group, awa, "Member")).hasFieldOrPropertyWithValue("messageKey",
				"registry.operator.members.already");
		assertThatThrownBy(() -> register.addMember(ws, group, group, null)).hasFieldOrPropertyWithValue("messageKey",
				"registry.operator.members.individuals");
		assertThat(register.membersOf(ws, group)).extracting(m -> m.operator().name(), OperatorRegister.Membership::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Awa Sanou", "Chair"));
		assertThat(register.groupsOf(ws, awa)).extracting(m -> m.operator().id()).containsExactly(group);
		register.removeMember(ws, group, awa);
		assertThat(register.membersOf(ws, group)).isEmpty();

		OperatorForm company = new OperatorForm();
		company.setKind(OperatorKind.COMPANY);
		company.setName("Sahel Gravel SARL");
		assertThatThrownBy(() -> register.register(ws, company, null)).hasFieldOrPropertyWithValue("field", "registrationNumber");
		company.setRegistrationNumber("RC-1");
		long id = register.register(ws, company, null);
		assertThat(operators.byRegistrationNumber(ws, "RC-1")).hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(id));
	}

	@Test
	void theDemoRegistersMinersCooperativesCompaniesAndTwoFlaggedPairs() {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Demo operators " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(List.of("en", "fr"));
		long demo = workspaces.create(form, true);
		assertThat(operators.count(demo)).isEqualTo(OperatorDemo.INDIVIDUALS + 4 + OperatorDemo.GROUPS + OperatorDemo.COMPANIES);
		List<OperatorFacts> flagged = register.search(demo, null, null, OperatorReview.FLAGGED, 0, 50).getContent();
		assertThat(flagged).extracting(OperatorFacts::name).containsExactlyInAnyOrder("Aissata Ouedraogo", "Kwame Mensa");
		assertThat(register.search(demo, null, OperatorKind.GROUP, null, 0, 50).getContent()).hasSize(OperatorDemo.GROUPS)
			.allSatisfy(g -> assertThat(register.membersOf(demo, g.id())).hasSizeGreaterThanOrEqualTo(5));
		List<OperatorFacts> people = register.search(demo, null, OperatorKind.INDIVIDUAL, null, 0, 400).getContent();
		assertThat(people).filteredOn(p -> p.gender() == Gender.FEMALE).hasSizeBetween(100, 170);
		assertThat(people).filteredOn(p -> p.citizenship() == Citizenship.RESIDENT).isNotEmpty();
		assertThat(people).allSatisfy(p -> assertThat(p.birthYear()).isBetween(1960, 2005));
		assertThat(register.search(demo, "traore", null, null, 0, 400).getContent()).isNotEmpty()
			.allSatisfy(p -> assertThat(Operator.keyOf(p.name())).contains("traore"));
	}
}
