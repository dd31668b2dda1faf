/**
 * Step 2.1, the ASM vision: the techniques practised in the sector (a reference catalogue shipped with
 * OpenASM and the government's own) graded unacceptable, poor or good, the sites where each is
 * practised and how many sites and workers the unacceptable and poor ones reach; the significant
 * issues with their evidence in the context records; the goals that answer them; and the vision
 * statement. Contributes step 2.1's readiness and the “ASM vision” output, which later steps extend
 * through {@link org.openasm.vision.VisionChapter}. Others read it through
 * {@link org.openasm.vision.VisionRecords}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "2.1 Vision")
package org.openasm.vision;
