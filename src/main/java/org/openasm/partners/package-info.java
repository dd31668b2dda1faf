/**
 * Step 1.4, partners: the donors, multilateral agencies, companies, financial institutions,
 * neighbouring states and NGOs who can help design, finance, implement and monitor the ASM strategy;
 * how far each is engaged, where it helps, and what it has pledged, committed or disbursed (each
 * commitment in its own currency with the rate to the workspace's, so totals add up in one currency).
 * Contributes the step's readiness checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "1.4 Partners")
package org.openasm.partners;
