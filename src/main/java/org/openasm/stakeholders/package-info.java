/**
 * Step 1.2, the stakeholder forum: who the stakeholders are (categories, people represented, influence
 * and interest, conflict flags), the forum's terms and members, its meetings with attendance, minutes
 * and documents, and every input raised with the response it got. The six qualities the guidance asks
 * of the forum (inclusive, transparent, gender-balanced, conflict-sensitive, regular, informing policy)
 * are measured from those records by {@link org.openasm.stakeholders.ForumQuality}. Stakeholder users
 * see their forum through the portal. Contributes step 1.2's readiness and the output called
 * “Platform, plan and process for stakeholder dialogue”.
 */
@org.springframework.modulith.ApplicationModule(displayName = "1.2 Stakeholders and forum")
package org.openasm.stakeholders;
