package org.openasm.context;

/** Artisanal or small-scale, as the jurisdiction's law or the guidance's typology tells them apart. */
public enum SiteScale {
	ARTISANAL, SMALL_SCALE
}
