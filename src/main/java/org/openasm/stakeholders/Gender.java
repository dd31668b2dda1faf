package org.openasm.stakeholders;

/** As an attendance list records it; OTHER covers "other" and "not stated". */
enum Gender {
	WOMAN, MAN, OTHER
}
