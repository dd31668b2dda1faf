/**
 * Step 2.2, sector types and priorities: the dimensions that tell ASM apart (commodity, mechanisation,
 * scale and deposit type from the site register, plus dimensions the jurisdiction defines), the types
 * built from them and the sites each takes (assigned per combination of values, with overrides as
 * exceptions), each type's profile (people, production, techniques, issues, regions), the weighted
 * prioritisation of the types with its sensitivity to the weights, and the recorded ranking the
 * strategy step reads. Contributes the step's readiness and the types chapter of the vision document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "2.2 Sector types and priorities")
package org.openasm.typology;
