/**
 * Step 1.1, the ASM task force: the agencies the guidance names and any others, the members and who
 * chairs, the mandate and who approved it, the resources and the political sponsor. Contributes the
 * step's readiness checks and the "ASM Task Force" output.
 */
@org.springframework.modulith.ApplicationModule(displayName = "1.1 Task force")
package org.openasm.taskforce;
