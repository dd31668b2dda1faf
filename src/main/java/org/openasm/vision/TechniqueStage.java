package org.openasm.vision;

/** Where in the work a technique belongs: digging, processing, moving and selling, or how a site is run. */
public enum TechniqueStage {
	EXTRACTION, PROCESSING, TRANSPORT_AND_SALE, SITE_PRACTICE
}
