package org.openasm.registry;

import java.time.LocalDate;

/** A licence was renewed and now runs until {@code endsOn}. */
public record LicenceRenewed(long workspaceId, long licenceId, LocalDate endsOn) {
}
