package org.openasm.partners;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that changes partners and their commitments, each in one transaction and guarded by its rules. */
@Service
public class PartnersManagement {

	private final PartnerRepository partners;

	private final CommitmentRepository commitments;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	PartnersManagement(PartnerRepository partners, CommitmentRepository commitments, WorkspaceManagement workspaces,
			SubmissionGuard guard) {
		this.partners = partners;
		this.commitments = commitments;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	/** The workspace's currency: what totals are in and what a rate converts to. */
	@Transactional(readOnly = true)
	String currency(long workspaceId) {
		return workspaces.get(workspaceId).currency();
	}

	@Transactional(readOnly = true)
	List<Partner> partners(long workspaceId) {
		return partners.findByWorkspaceIdOrderByName(workspaceId);
	}

	/** The partners with this engagement status and of this type; a null filter lets every value through. */
	@Transactional(readOnly = true)
	List<Partner> partners(long workspaceId, EngagementStatus status, PartnerType type) {
		return partners(workspaceId).stream()
			.filter(p -> status == null || p.getEngagementStatus() == status)
			.filter(p -> type == null || p.getPartnerType() == type)
			.toList();
	}

	@Transactional(readOnly = true)
	Partner partner(long workspaceId, long partnerId) {
		return partners.findByIdAndWorkspaceId(partnerId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("Partner", partnerId));
	}

	@Transactional(readOnly = true)
	List<Commitment> commitments(long workspaceId, long partnerId) {
		return commitments.findByPartnerOrderByYearFromAscIdAsc(partner(workspaceId, partnerId));
	}

	@Transactional(readOnly = true)
	Commitment commitment(long workspaceId, long partnerId, long commitmentId) {
		return commitments.findByIdAndPartner(commitmentId, partner(workspaceId, partnerId))
			.orElseThrow(() -> new RecordNotFoundException("Commitment", commitmentId));
	}

	/** All commitments of the workspace, in its currency. */
	@Transactional(readOnly = true)
	CommitmentTotals totals(long workspaceId) {
		return CommitmentTotals.of(commitments.findByWorkspaceIdOrderByYearFromAscIdAsc(workspaceId)
			.stream()
			.map(Commitment::line)
			.toList());
	}

	/** The commitments of one partner, in the workspace's currency. */
	@Transactional(readOnly = true)
	CommitmentTotals totals(long workspaceId, long partnerId) {
		return CommitmentTotals.of(commitments(workspaceId, partnerId).stream().map(Commitment::line).toList());
	}

	@Transactional
	long addPartner(long workspaceId, PartnerForm form) {
		return Long.parseLong(guard.once(form.getToken(), "partner:" + workspaceId, Arrays.asList(form.getName(), form.getType(),
				form.getHelpAreas(), form.getAsmExperience(), form.getContactPerson(), form.getEmail(), form.getPhone(),
				form.getStatus(), form.getNotes()), () -> {
			workspaces.get(workspaceId);
			Partner partner = new Partner(workspaceId);
			describe(workspaceId, partner, form);
			return partners.save(partner).getId().toString();
		}));
	}

	@Transactional
	void editPartner(long workspaceId, long partnerId, PartnerForm form) {
		Partner partner = partner(workspaceId, partnerId);
		partner.checkVersion(form.getVersion());
		describe(workspaceId, partner, form);
		partners.flush();
	}

	/** A partner goes with its commitments; each removal is in the history. */
	@Transactional
	void removePartner(long workspaceId, long partnerId) {
		Partner partner = partner(workspaceId, partnerId);
		commitments.deleteAll(commitments.findByPartnerOrderByYearFromAscIdAsc(partner));
		commitments.flush();
		partners.delete(partner);
	}

	@Transactional
	long addCommitment(long workspaceId, long partnerId, CommitmentForm form) {
		return Long.parseLong(guard.once(form.getToken(), "commitment:" + workspaceId + ":" + partnerId,
				Arrays.asList(form.getAmount(), CurrencyCodes.normalise(form.getCurrency()), form.getRate(), form.getYearFrom(),
						form.getYearTo(), form.getStatus(), form.getPurpose()), () -> {
			Commitment commitment = new Commitment(workspaceId, partner(workspaceId, partnerId));
			describe(workspaceId, commitment, form);
			return commitments.save(commitment).getId().toString();
		}));
	}

	@Transactional
	void editCommitment(long workspaceId, long partnerId, long commitmentId, CommitmentForm form) {
		Commitment commitment = commitment(workspaceId, partnerId, commitmentId);
		commitment.checkVersion(form.getVersion());
		describe(workspaceId, commitment, form);
		commitments.flush();
	}

	@Transactional
	void removeCommitment(long workspaceId, long partnerId, long commitmentId) {
		commitments.delete(commitment(workspaceId, partnerId, commitmentId));
	}

	private void describe(long workspaceId, Partner partner, PartnerForm form) {
		String name = form.getName().strip();
		boolean taken = partners(workspaceId).stream()
			.anyMatch(other -> !other.getId().equals(partner.getId()) && other.getName().equalsIgnoreCase(name));
		if (taken) {
			throw new DomainRuleViolation("name", "partner.name.taken", name);
		}
		partner.describe(name, form.getType(), form.getHelpAreas(), form.getAsmExperience(), form.getContactPerson(),
				form.getEmail(), form.getPhone(), form.getStatus(), form.getNotes());
	}

	/**
	 * The currency must be an ISO 4217 code; the years run forwards; and a commitment in the workspace's
	 * own currency converts at exactly 1, so its total cannot be silently inflated.
	 */
	private void describe(long workspaceId, Commitment commitment, CommitmentForm form) {
		String currency = CurrencyCodes.normalise(form.getCurrency());
		if (!CurrencyCodes.isCurrency(currency)) {
			throw new DomainRuleViolation("currency", "commitment.currency.unknown", currency);
		}
		if (form.getYearTo() < form.getYearFrom()) {
			throw new DomainRuleViolation("yearTo", "commitment.years.reversed", String.valueOf(form.getYearFrom()),
					String.valueOf(form.getYearTo()));
		}
		String own = currency(workspaceId);
		if (currency.equals(own) && form.getRate().compareTo(BigDecimal.ONE) != 0) {
			throw new DomainRuleViolation("rate", "commitment.rate.ownCurrency", own, form.getRate().stripTrailingZeros().toPlainString());
		}
		commitment.describe(form.getAmount(), currency, form.getRate(), form.getYearFrom(), form.getYearTo(), form.getStatus(),
				form.getPurpose());
	}
}
