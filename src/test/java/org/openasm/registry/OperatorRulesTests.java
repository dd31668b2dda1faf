package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openasm.shared.DomainRuleViolation;

/** The small rules of the operator register, each checkable by hand. */
class OperatorRulesTests {

	@Test
	void aTypingSlipInATwelveLetterNameIsNearIdentical() {
		// "aicha traore" vs "aisha traore": one substitution in 12 characters, 1 - 1/12 = 0.917.
		assertThat(NearIdenticalName.similarity("aicha traore", "aisha traore")).isCloseTo(1 - 1 / 12.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(NearIdenticalName.matches("aicha traore", "aisha traore")).isTrue();
		// "mamadou kone" vs "amadou kone": one deletion in 12, 0.917.
		assertThat(NearIdenticalName.matches("mamadou kone", "amadou kone")).isTrue();
	}

	@Test
	void accentsAndWordOrderDoNotHideTheSamePerson() {
		assertThat(NearIdenticalName.matches(Operator.keyOf("Aïssata Ouédraogo"), Operator.keyOf("aissata  OUEDRAOGO"))).isTrue();
		// Sorted words: "aicha traore" both ways round.
		assertThat(NearIdenticalName.similarity("traore aicha", "aicha traore")).isEqualTo(1.0);
	}

	@Test
	void aSharedFirstNameWithAnotherSurnameIsNotNearIdentical() {
		// "moussa diallo" vs "moussa diarra": l→r, l→r, o→a = 3 edits in 13, 1 - 3/13 = 0.769.
		assertThat(NearIdenticalName.levenshtein("moussa diallo", "moussa diarra")).isEqualTo(3);
		assertThat(NearIdenticalName.matches("moussa diallo", "moussa diarra")).isFalse();
		// Two edits in 12 (0.833) is below 0.85.
		assertThat(NearIdenticalName.matches("kwame mensah", "kwami mensa")).isFalse();
		assertThat(NearIdenticalName.matches("kwame mensah", "kwame mensa")).isTrue();
	}

	@Test
	void anIndividualNeedsANationalIdGenderAndCitizenship() {
		OperatorForm form = new OperatorForm();
		form.setKind(OperatorKind.INDIVIDUAL);
		form.setName("Awa Sanou");
		form.setBirthYear(1899);
		assertThat(OperatorRules.check(form, 2026)).extracting(OperatorRules.Problem::field)
			.containsExactly("nationalId", "gender", "citizenship", "birthYear");
		form.setNationalId("XM1");
		form.setGender(Gender.FEMALE);
		form.setCitizenship(Citizenship.CITIZEN);
		form.setBirthYear(1990);
		assertThat(OperatorRules.check(form, 2026)).isEmpty();
		form.setBirthYear(2027);
		assertThat(OperatorRules.check(form, 2026)).extracting(OperatorRules.Problem::messageKey).containsExactly("registry.operator.birthYear.range");
	}

	@Test
	void aCompanyNeedsARegistrationNumberAGroupDoesNot() {
		OperatorForm form = new OperatorForm();
		form.setKind(OperatorKind.COMPANY);
		form.setName("Sahel Gravel SARL");
		assertThat(OperatorRules.check(form, 2026)).extracting(OperatorRules.Problem::field).containsExactly("registrationNumber");
		form.setKind(OperatorKind.GROUP);
		assertThat(OperatorRules.check(form, 2026)).isEmpty();
		form.setNationalId("XM1");
		form.setGender(Gender.MALE);
		assertThat(OperatorRules.check(form, 2026)).extracting(OperatorRules.Problem::field).containsExactly("nationalId", "gender");
	}

	@Test
	void aPhotoIsAJpegOrPngByItsFirstBytesAndAtMostTwoMegabytes() {
		assertThat(OperatorPhoto.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 }).type()).isEqualTo("image/jpeg");
		assertThat(OperatorPhoto.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 }).type()).isEqualTo("image/png");
		assertThat(OperatorPhoto.of(new byte[0])).isNull();
		assertThatThrownBy(() -> OperatorPhoto.of("GIF89a".getBytes())).isInstanceOf(DomainRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "registry.operator.photo.type");
		byte[] big = new byte[OperatorPhoto.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> OperatorPhoto.of(big)).hasFieldOrPropertyWithValue("messageKey", "registry.operator.photo.tooLarge");
	}
}
