package org.openasm.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.WorkspaceRecord;

/**
 * Money a partner has pledged, committed or disbursed for the strategy over a period of years, in
 * its own currency, with the rate to the workspace's currency recorded when it was entered (so totals
 * do not move when exchange rates do).
 */
@Entity
@Table(name = "partners_commitment")
@Audited
class Commitment extends AuditedEntity implements WorkspaceRecord {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "partner_id", nullable = false)
	private Partner partner;

	@Column(nullable = false, precision = 18, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false, length = 3)
	private String currency;

	/** How many units of the workspace's currency one unit of {@link #currency} was worth. */
	@Column(nullable = false, precision = 18, scale = 6)
	private BigDecimal rate;

	@Column(name = "year_from", nullable = false)
	private int yearFrom;

	@Column(name = "year_to", nullable = false)
	private int yearTo;

	@Enumerated(EnumType.STRING)
	@Column(name = "commitment_status", nullable = false, length = 20)
	private CommitmentStatus commitmentStatus;

	@Column(length = 2000)
	private String purpose;

	protected Commitment() {
	}

	Commitment(Long workspaceId, Partner partner) {
		this.workspaceId = workspaceId;
		this.partner = partner;
	}

	void describe(BigDecimal amount, String currency, BigDecimal rate, int yearFrom, int yearTo, CommitmentStatus status,
			String purpose) {
		this.amount = amount;
		this.currency = currency;
		this.rate = rate;
		this.yearFrom = yearFrom;
		this.yearTo = yearTo;
		this.commitmentStatus = status;
		this.purpose = Partner.blankToNull(purpose);
	}

	CommitmentTotals.Line line() {
		return new CommitmentTotals.Line(partner.getId(), commitmentStatus, amount, rate, yearFrom, yearTo);
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	public Partner getPartner() {
		return partner;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getCurrency() {
		return currency;
	}

	public BigDecimal getRate() {
		return rate;
	}

	public int getYearFrom() {
		return yearFrom;
	}

	public int getYearTo() {
		return yearTo;
	}

	public CommitmentStatus getCommitmentStatus() {
		return commitmentStatus;
	}

	public String getPurpose() {
		return purpose;
	}

	/** The amount in the workspace's currency, at the recorded rate. */
	public BigDecimal getConverted() {
		return CommitmentTotals.converted(amount, rate);
	}
}
