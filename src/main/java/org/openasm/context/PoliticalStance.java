package org.openasm.context;

/** A political-economy actor's stance on formalising ASM, from −2 (strongly opposed) to +2. */
public enum PoliticalStance {
	STRONGLY_OPPOSED, OPPOSED, NEUTRAL, SUPPORTIVE, STRONGLY_SUPPORTIVE;

	/** −2 … +2, for the influence/stance chart. */
	public int score() {
		return ordinal() - 2;
	}
}
