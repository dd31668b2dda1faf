package org.openasm.registry;

/**
 * The applicant may hold a licence of the category. CITIZENS: an individual who is a citizen.
 * CITIZENS_AND_RESIDENTS: an individual citizen or resident, or a group (a group or cooperative of
 * citizens counts; its members were checked when they joined it). GROUPS_AND_COOPERATIVES: a group or
 * a company. ANYONE: any operator.
 */
final class ApplicantEligible implements CheckRule {

	@Override
	public CheckResult check(CheckInput in) {
		String rule = CheckResult.APPLICANT_ELIGIBLE;
		LicenceEligibility eligibility = in.category().eligibility();
		if (eligible(eligibility, in.applicantKind(), in.applicantCitizenship())) {
			return CheckResult.passed(rule, "registry.check.eligible.passed", in.category().name());
		}
		return CheckResult.failed(rule, "registry.check.eligible.failed." + eligibility.name(), in.category().name());
	}

	static boolean eligible(LicenceEligibility eligibility, OperatorKind kind, Citizenship citizenship) {
		return switch (eligibility) {
			case CITIZENS -> kind == OperatorKind.INDIVIDUAL && citizenship == Citizenship.CITIZEN;
			case CITIZENS_AND_RESIDENTS -> kind == OperatorKind.GROUP
					|| kind == OperatorKind.INDIVIDUAL && (citizenship == Citizenship.CITIZEN || citizenship == Citizenship.RESIDENT);
			case GROUPS_AND_COOPERATIVES -> kind == OperatorKind.GROUP || kind == OperatorKind.COMPANY;
			case ANYONE -> true;
		};
	}
}
