package org.openasm.strategy;

/** What the government decides for a type: to act on it, explicitly not to act (with a reason), or to close it down (with a reason). */
enum TypeDecision {
	ACT, NO_ACTION, CLOSE
}
