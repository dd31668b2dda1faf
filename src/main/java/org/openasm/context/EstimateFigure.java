package org.openasm.context;

/** What a sector estimate counts or measures; {@code OTHER} carries its own label. */
public enum EstimateFigure {
	MINERS, WOMEN_MINERS, SITES, PRODUCTION, VALUE, MERCURY_USED, OTHER
}
