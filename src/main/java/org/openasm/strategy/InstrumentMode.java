package org.openasm.strategy;

/**
 * How an instrument works: it regulates (licences, rules, inspection, enforcement), promotes good
 * practice (education, demonstration, assistance), or enables the sector economically (land, finance,
 * infrastructure, markets).
 */
enum InstrumentMode {
	REGULATE, PROMOTE, ENABLE
}
