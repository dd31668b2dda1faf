/**
 * Step 1.3, the context analysis: the mine sites on a map with what was observed there, the sector's
 * figures with their sources beside what the site records say, the capacity of the agencies to manage
 * ASM, the supply chain with its mass balance, and the political economy. Contributes step 1.3's
 * readiness and the “ASM Context Analysis” output.
 */
@org.springframework.modulith.ApplicationModule(displayName = "1.3 Context analysis")
package org.openasm.context;
