package org.openasm.registry;

/**
 * Who may hold a licence of a category: citizens only (individuals who are citizens); citizens and
 * residents (individuals who are either, or a group, whose members are individuals of the place);
 * groups and cooperatives (a group or a company); anyone.
 */
final class HolderEligibility {

	private HolderEligibility() {
	}

	static boolean allows(LicenceEligibility eligibility, OperatorKind kind, Citizenship citizenship) {
		return switch (eligibility) {
			case CITIZENS -> kind == OperatorKind.INDIVIDUAL && citizenship == Citizenship.CITIZEN;
			case CITIZENS_AND_RESIDENTS -> kind == OperatorKind.GROUP
					|| kind == OperatorKind.INDIVIDUAL && (citizenship == Citizenship.CITIZEN || citizenship == Citizenship.RESIDENT);
			case GROUPS_AND_COOPERATIVES -> kind == OperatorKind.GROUP || kind == OperatorKind.COMPANY;
			case ANYONE -> true;
		};
	}
}
