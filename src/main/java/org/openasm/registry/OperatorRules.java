package org.openasm.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * What each kind of operator must give, checked the same way for the form, the API and the file
 * import: an individual a name, a national ID, a gender and a citizenship (a birth year, if given,
 * between 1900 and this year); a group or cooperative a name (its registration number is optional, many
 * are informal); a company a name and its registration number. Individuals carry no registration
 * number, groups and companies no national ID, gender, birth year or citizenship.
 */
final class OperatorRules {

	/** One thing wrong: the form field, the message key and its arguments. */
	record Problem(String field, String messageKey, Object... args) {
	}

	private OperatorRules() {
	}

	static List<Problem> check(OperatorForm form, int thisYear) {
		List<Problem> problems = new ArrayList<>();
		if (form.getKind() == null) {
			problems.add(new Problem("kind", "registry.operator.kind.required"));
			return problems;
		}
		if (blank(form.getName())) {
			problems.add(new Problem("name", "registry.operator.name.required"));
		}
		switch (form.getKind()) {
			case INDIVIDUAL -> {
				if (blank(form.getNationalId())) {
					problems.add(new Problem("nationalId", "registry.operator.nationalId.required"));
				}
				if (!blank(form.getRegistrationNumber())) {
					problems.add(new Problem("registrationNumber", "registry.operator.registrationNumber.individual"));
				}
				if (form.getGender() == null) {
					problems.add(new Problem("gender", "registry.operator.gender.required"));
				}
				if (form.getCitizenship() == null) {
					problems.add(new Problem("citizenship", "registry.operator.citizenship.required"));
				}
				Integer year = form.getBirthYear();
				if (year != null && (year < 1900 || year > thisYear)) {
					problems.add(new Problem("birthYear", "registry.operator.birthYear.range", String.valueOf(year), String.valueOf(thisYear)));
				}
			}
			case GROUP, COMPANY -> {
				if (form.getKind() == OperatorKind.COMPANY && blank(form.getRegistrationNumber())) {
					problems.add(new Problem("registrationNumber", "registry.operator.registrationNumber.required"));
				}
				if (!blank(form.getNationalId())) {
					problems.add(new Problem("nationalId", "registry.operator.nationalId.notIndividual"));
				}
				if (form.getGender() != null || form.getBirthYear() != null || form.getCitizenship() != null) {
					problems.add(new Problem("gender", "registry.operator.personal.notIndividual"));
				}
			}
		}
		return problems;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
