/**
 * The registry of ASM operators and their licences (steps 3.1–3.2). For now it holds the licence
 * categories alone: the kinds of licence the strategy of step 2.3 assigns to each type of ASM (who is
 * eligible, the largest area, the duration, whether it is valid only inside ASM zones, and the fees).
 * Others read them through {@link org.openasm.registry.LicenceCategories}; a removal is announced by
 * {@link org.openasm.registry.LicenceCategoryRemoved} so records pointing to it can let go.
 */
@org.springframework.modulith.ApplicationModule(displayName = "3.1–3.2 Registry")
package org.openasm.registry;
