package org.openasm.partners;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A commitment as a form or an API body gives it. Amounts and rates typed into the page parse the way
 * the user's language writes numbers (see {@code shared.web.AmountFormatter}).
 */
public class CommitmentForm {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	@NotNull
	@DecimalMin(value = "0", inclusive = false, message = "{commitment.amount.positive}")
	@Digits(integer = 16, fraction = 2, message = "{commitment.amount.digits}")
	private BigDecimal amount;

	@NotBlank
	@Pattern(regexp = "^\\s*[A-Za-z]{3}\\s*$", message = "{commitment.currency.format}")
	private String currency;

	@NotNull
	@DecimalMin(value = "0", inclusive = false, message = "{commitment.rate.positive}")
	@Digits(integer = 12, fraction = 6, message = "{commitment.rate.digits}")
	private BigDecimal rate;

	@NotNull
	@Min(value = FIRST_YEAR, message = "{commitment.year.range}")
	@Max(value = LAST_YEAR, message = "{commitment.year.range}")
	private Integer yearFrom;

	@NotNull
	@Min(value = FIRST_YEAR, message = "{commitment.year.range}")
	@Max(value = LAST_YEAR, message = "{commitment.year.range}")
	private Integer yearTo;

	@NotNull
	private CommitmentStatus status = CommitmentStatus.PLEDGED;

	@Size(max = 2000)
	private String purpose;

	private Long version;

	private String token;

	/** A blank form in the workspace's own currency, at rate 1, for the current year. */
	static CommitmentForm blank(String currency, int year) {
		CommitmentForm form = new CommitmentForm();
		form.currency = currency;
		form.rate = BigDecimal.ONE;
		form.yearFrom = year;
		form.yearTo = year;
		return form;
	}

	static CommitmentForm of(Commitment c) {
		CommitmentForm form = new CommitmentForm();
		form.amount = c.getAmount();
		form.currency = c.getCurrency();
		form.rate = c.getRate();
		form.yearFrom = c.getYearFrom();
		form.yearTo = c.getYearTo();
		form.status = c.getCommitmentStatus();
		form.purpose = c.getPurpose();
		form.version = c.getVersion();
		return form;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public BigDecimal getRate() {
		return rate;
	}

	public void setRate(BigDecimal rate) {
		this.rate = rate;
	}

	public Integer getYearFrom() {
		return yearFrom;
	}

	public void setYearFrom(Integer yearFrom) {
		this.yearFrom = yearFrom;
	}

	public Integer getYearTo() {
		return yearTo;
	}

	public void setYearTo(Integer yearTo) {
		this.yearTo = yearTo;
	}

	public CommitmentStatus getStatus() {
		return status;
	}

	public void setStatus(CommitmentStatus status) {
		this.status = status;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
