package org.openasm.registry;

/**
 * An operator as other modules read it: who (a kind, a name, the national ID of an individual or the
 * registration number of a group or company), the facts eligibility and indicators turn on (gender,
 * birth year, citizenship, district of residence), and whether the record is flagged as a possible
 * duplicate.
 */
public record OperatorFacts(long id, OperatorKind kind, String name, String nationalId, String registrationNumber, Gender gender,
		Integer birthYear, Citizenship citizenship, Long residenceAreaId, OperatorReview review) {
}
