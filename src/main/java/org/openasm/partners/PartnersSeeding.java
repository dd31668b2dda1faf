package org.openasm.partners;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Partners have no reference data: a new workspace starts with none. The demo jurisdiction (whose
 * currency is XOF) gets six invented partners at different stages of engagement and a few
 * commitments in USD, EUR and XOF at recorded rates (1 USD = 600 XOF, 1 EUR = 655.957 XOF) over
 * 2025–2028, enough for step 1.4 to show as ready.
 */
@Component
class PartnersSeeding {

	private static final BigDecimal USD = new BigDecimal("600");

	private static final BigDecimal EUR = new BigDecimal("655.957");

	private final PartnerRepository partners;

	private final CommitmentRepository commitments;

	PartnersSeeding(PartnerRepository partners, CommitmentRepository commitments) {
		this.partners = partners;
		this.commitments = commitments;
	}

	@EventListener
	void on(WorkspaceCreated event) {
		if (event.demo()) {
			demo(event.workspaceId());
		}
	}

	private void demo(long ws) {
		Partner nordland = partner(ws, "Meridia–Nordland Development Cooperation", PartnerType.BILATERAL_DONOR,
				EnumSet.of(HelpArea.DESIGN, HelpArea.FINANCE, HelpArea.MONITOR), EngagementStatus.AGREEMENT_SIGNED,
				"Has funded mining-sector governance programmes in the region for ten years, including an ASM formalisation pilot.",
				"Ingrid Solberg", "i.solberg@nordland-coop.example");
		commitment(ws, nordland, "1200000", "EUR", EUR, 2025, 2028, CommitmentStatus.COMMITTED,
				"Formalisation support: licensing desks and extension services in the gold districts");
		commitment(ws, nordland, "300000", "EUR", EUR, 2025, 2025, CommitmentStatus.DISBURSED,
				"Design of the ASM strategy and the stakeholder forum");

		Partner facility = partner(ws, "Multilateral ASM Facility", PartnerType.MULTILATERAL,
				EnumSet.of(HelpArea.DESIGN, HelpArea.FINANCE, HelpArea.IMPLEMENT), EngagementStatus.ENGAGED,
				"Finances ASM programmes in several countries; offers technical assistance on mineral-sector strategies.",
				"Tomás Aguirre", "t.aguirre@asm-facility.example");
		commitment(ws, facility, "2000000", "USD", USD, 2026, 2028, CommitmentStatus.PLEDGED,
				"Implementation of the strategy for alluvial gold: equipment finance and mercury reduction");

		Partner refinery = partner(ws, "Kessan Gold Refinery", PartnerType.DOWNSTREAM_COMPANY,
				EnumSet.of(HelpArea.IMPLEMENT, HelpArea.MONITOR), EngagementStatus.CONTACTED,
				"Buys doré from licensed exporters; runs a responsible-sourcing programme with due-diligence audits.",
				"Claire Dumont", null);
		commitment(ws, refinery, "150000", "USD", USD, 2026, 2027, CommitmentStatus.PLEDGED,
				"Traceability pilot with two buying centres");

		Partner microfinance = partner(ws, "Caisse méridienne de microfinance", PartnerType.FINANCIAL_INSTITUTION,
				EnumSet.of(HelpArea.FINANCE), EngagementStatus.ENGAGED,
				"Lends to mining cooperatives in two districts; knows the seasonal cash cycle of artisanal gold.",
				"Moussa Traoré", "m.traore@cmm.example");
		commitment(ws, microfinance, "250000000", "XOF", BigDecimal.ONE, 2025, 2028, CommitmentStatus.COMMITTED,
				"Credit line for registered ASM cooperatives");

		Partner ngo = partner(ws, "Terres Vivantes ASM Practitioners' Network", PartnerType.NGO_TECHNICAL_EXPERT,
				EnumSet.of(HelpArea.DESIGN, HelpArea.IMPLEMENT, HelpArea.MONITOR), EngagementStatus.AGREEMENT_SIGNED,
				"Fifteen years of field work with artisanal miners on safety, mercury-free processing and land rehabilitation.",
				"Aïssata Coulibaly", "a.coulibaly@terres-vivantes.example");
		commitment(ws, ngo, "40000000", "XOF", BigDecimal.ONE, 2025, 2026, CommitmentStatus.DISBURSED,
				"Training of trainers in mercury-free processing");

		partner(ws, "Ministry of Mines and Geology of the Republic of Kessara", PartnerType.NEIGHBOURING_STATE,
				EnumSet.of(HelpArea.DESIGN, HelpArea.MONITOR), EngagementStatus.IDENTIFIED,
				"Shares the gold belt along the border; runs its own ASM registry.", null, null);
	}

	private Partner partner(long ws, String name, PartnerType type, Set<HelpArea> areas, EngagementStatus status,
			String experience, String contact, String email) {
		Partner partner = new Partner(ws);
		partner.describe(name, type, areas, experience, contact, email, null, status, null);
		return partners.save(partner);
	}

	private void commitment(long ws, Partner partner, String amount, String currency, BigDecimal rate, int from, int to,
			CommitmentStatus status, String purpose) {
		Commitment commitment = new Commitment(ws, partner);
		commitment.describe(new BigDecimal(amount), currency, rate, from, to, status, purpose);
		commitments.save(commitment);
	}
}
