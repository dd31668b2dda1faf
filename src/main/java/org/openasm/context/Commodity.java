package org.openasm.context;

/** The commodities ASM produces, as the guidance and the context analysis group them. */
public enum Commodity {
	GOLD, TIN_TANTALUM_TUNGSTEN, DIAMONDS, COLOURED_GEMSTONES, COBALT_COPPER, DEVELOPMENT_MINERALS, SALT, OTHER
}
