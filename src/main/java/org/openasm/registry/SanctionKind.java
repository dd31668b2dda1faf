package org.openasm.registry;

/** What an enforcement case may impose: a written warning, a fine (an amount), or the licence's suspension. */
public enum SanctionKind {
	WARNING, FINE, SUSPENSION
}
