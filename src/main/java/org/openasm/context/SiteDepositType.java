package org.openasm.context;

/** The kind of deposit a mine site works. */
public enum SiteDepositType {
	ALLUVIAL, HARD_ROCK, TAILINGS, OTHER
}
