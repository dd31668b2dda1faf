package org.openasm.registry;

/** An inspection that observed an unacceptable technique opened an enforcement case. */
public record EnforcementCaseOpened(long workspaceId, long caseId, long inspectionId) {
}
