package org.openasm.registry;

import java.util.List;
import org.openasm.shared.DomainRuleViolation;

/**
 * An application submitted or approved against failing checks: every failed check is carried, so the
 * page lists each reason and the API names each one. The field is the one the first failure is about.
 */
class ApplicationRefused extends DomainRuleViolation {

	private final List<CheckResult> failures;

	ApplicationRefused(String messageKey, List<CheckResult> failures) {
		super(fieldOf(failures.get(0).rule()), messageKey, failures.size());
		this.failures = List.copyOf(failures);
	}

	List<CheckResult> failures() {
		return failures;
	}

	/** The form field a rule is about: the applicant, the category, or the area. */
	static String fieldOf(String rule) {
		return switch (rule) {
			case CheckResult.APPLICANT_ELIGIBLE -> "applicantId";
			case CheckResult.AREA_WITHIN_MAXIMUM, CheckResult.ZONE_REQUIREMENT, CheckResult.VALID_GEOMETRY, CheckResult.INSIDE_JURISDICTION,
					CheckResult.CLEAR_OF_LICENCES, CheckResult.CLEAR_OF_EARLIER_APPLICATIONS, CheckResult.CLEAR_OF_PROTECTED_AREAS -> "area";
			default -> "area";
		};
	}
}
