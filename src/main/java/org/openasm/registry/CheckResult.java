package org.openasm.registry;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of one check of an application's area and applicant: the rule's code, whether it
 * passed, and why (a message key of the registry's bundle with its arguments). A failed check names
 * what it hit: a licence number, an application number with its submission time, a protected area's
 * name, a zone's name, the category's maximum against the area asked for. Arguments are only strings
 * and numbers, so a result can be stored as text and shown again in any language.
 * <p>
 * The rule codes are the constants below, in the order {@link ApplicationChecking} runs them.
 * Additions to the contract: the constants, {@link #passed(String, String, Object...)},
 * {@link #failed(String, String, Object...)}, and {@code equals}/{@code hashCode}/{@code toString}
 * that compare the arguments' contents (a record compares arrays by identity).
 */
public record CheckResult(String rule, boolean passed, String messageKey, Object[] args) {

	public static final String VALID_GEOMETRY = "VALID_GEOMETRY";

	public static final String AREA_WITHIN_MAXIMUM = "AREA_WITHIN_MAXIMUM";

	public static final String INSIDE_JURISDICTION = "INSIDE_JURISDICTION";

	public static final String CLEAR_OF_LICENCES = "CLEAR_OF_LICENCES";

	public static final String CLEAR_OF_EARLIER_APPLICATIONS = "CLEAR_OF_EARLIER_APPLICATIONS";

	public static final String CLEAR_OF_PROTECTED_AREAS = "CLEAR_OF_PROTECTED_AREAS";

	public static final String ZONE_REQUIREMENT = "ZONE_REQUIREMENT";

	public static final String APPLICANT_ELIGIBLE = "APPLICANT_ELIGIBLE";

	public CheckResult {
		Objects.requireNonNull(rule);
		Objects.requireNonNull(messageKey);
		args = args == null ? new Object[0] : args.clone();
	}

	public static CheckResult passed(String rule, String messageKey, Object... args) {
		return new CheckResult(rule, true, messageKey, args);
	}

	public static CheckResult failed(String rule, String messageKey, Object... args) {
		return new CheckResult(rule, false, messageKey, args);
	}

	@Override
	public Object[] args() {
		return args.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CheckResult r && r.rule.equals(rule) && r.passed == passed && r.messageKey.equals(messageKey)
				&& Arrays.equals(r.args, args);
	}

	@Override
	public int hashCode() {
		return Objects.hash(rule, passed, messageKey, Arrays.hashCode(args));
	}

	@Override
	public String toString() {
		return rule + (passed ? " passed " : " failed ") + messageKey + Arrays.toString(args);
	}
}
