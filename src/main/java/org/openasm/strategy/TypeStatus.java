package org.openasm.strategy;

/** Where a type's strategy stands, as the hub shows it. */
enum TypeStatus {
	/** No strategy recorded for the type. */
	NO_STRATEGY,
	/** Acting, but the economics or the impacts approach is not complete yet. */
	INCOMPLETE,
	/** Acting, with both approaches complete. */
	COMPLETE,
	/** An explicit decision not to act, with its reason. */
	NOT_ACTING,
	/** The type is to be closed, with the reason. */
	TO_CLOSE
}
