/**
 * Shared kernel: what every module builds on and nothing more. Audited, versioned records with their
 * history; optimistic-lock and idempotency helpers; problem-detail errors; the message bundles.
 * Open so that modules may use its types directly.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openasm.shared;
