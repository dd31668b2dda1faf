package org.openasm.registry;

import java.time.LocalDate;

/** A licence reached its end date without renewal; {@code endedOn} is its last valid day. */
public record LicenceExpired(long workspaceId, long licenceId, LocalDate endedOn) {
}
