package org.openasm.partners;

/** The kinds of partner the guidance names for step 1.4. */
public enum PartnerType {
	BILATERAL_DONOR, MULTILATERAL, PRIVATE_SECTOR, FINANCIAL_INSTITUTION, DOWNSTREAM_COMPANY, NEIGHBOURING_STATE,
	NGO_TECHNICAL_EXPERT
}
