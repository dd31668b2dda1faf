package org.openasm.partners;

/** Where a partner helps with the ASM strategy, in the guidance's words: design, finance, implement, monitor. */
public enum HelpArea {
	DESIGN, FINANCE, IMPLEMENT, MONITOR
}
