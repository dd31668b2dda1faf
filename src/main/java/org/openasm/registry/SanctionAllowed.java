package org.openasm.registry;

import java.math.BigDecimal;
import org.openasm.shared.DomainRuleViolation;

/**
 * Whether a sanction may be imposed in a case: only while the case is open; a fine names an amount above
 * zero and the other kinds none; a suspension needs a licence (a case about a site alone has nothing to
 * suspend). Throws the refusal naming the field.
 */
final class SanctionAllowed {

	private SanctionAllowed() {
	}

	static void check(EnforcementStatus status, Long licenceId, SanctionKind kind, BigDecimal amount) {
		if (status != EnforcementStatus.OPEN) {
			throw new DomainRuleViolation("kind", "registry.sanction.caseClosed");
		}
		if (kind == SanctionKind.FINE && (amount == null || amount.signum() <= 0)) {
			throw new DomainRuleViolation("amount", "registry.sanction.amount.required");
		}
		if (kind != SanctionKind.FINE && amount != null) {
			throw new DomainRuleViolation("amount", "registry.sanction.amount.onlyFine");
		}
		if (kind == SanctionKind.SUSPENSION && licenceId == null) {
			throw new DomainRuleViolation("kind", "registry.sanction.suspension.noLicence");
		}
	}
}
