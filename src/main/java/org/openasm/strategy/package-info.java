/**
 * Steps 2.3 and 2.4, the ASM Management Strategy: for each sector type of step 2.2 a strategy (act,
 * not act, or close it; an economics approach deciding land allocation, supply-chain initiatives and
 * services; an impacts approach of instruments that move the type away from its unacceptable and poor
 * techniques towards good ones, each serving issues and goals with a lead agency and a cost; the
 * licence category its operators hold; the transboundary measure), the instrument catalogue drawn from
 * the guidance's sections 2.3 and 3.2 plus the government's own instruments, the coherence check of
 * the whole and its finalised versions. Contributes the readiness of steps 2.3 and 2.4 and the “ASM
 * Management Strategy (by type and overall)” output.
 */
@org.springframework.modulith.ApplicationModule(displayName = "2.3–2.4 Strategy")
package org.openasm.strategy;
