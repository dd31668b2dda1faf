package org.openasm.taskforce;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The task force's resources and political sponsor. */
public class ResourcesForm {

	@PositiveOrZero
	@Digits(integer = 16, fraction = 2)
	private BigDecimal budgetAmount;

	@Pattern(regexp = "^$|^[A-Za-z]{3}$", message = "{validation.currency}")
	private String budgetCurrency;

	@PositiveOrZero
	@Max(100000)
	private Integer staffCount;

	@Size(max = 4000)
	private String resourceNotes;

	@Size(max = 200)
	private String sponsorName;

	@Size(max = 200)
	private String sponsorOffice;

	private Long version;

	static ResourcesForm of(TaskForce tf) {
		ResourcesForm form = new ResourcesForm();
		form.budgetAmount = tf.getBudgetAmount();
		form.budgetCurrency = tf.getBudgetCurrency();
		form.staffCount = tf.getStaffCount();
		form.resourceNotes = tf.getResourceNotes();
		form.sponsorName = tf.getSponsorName();
		form.sponsorOffice = tf.getSponsorOffice();
		form.version = tf.getVersion();
		return form;
	}

	public BigDecimal getBudgetAmount() {
		return budgetAmount;
	}

	public void setBudgetAmount(BigDecimal budgetAmount) {
		this.budgetAmount = budgetAmount;
	}

	public String getBudgetCurrency() {
		return budgetCurrency;
	}

	public void setBudgetCurrency(String budgetCurrency) {
		this.budgetCurrency = budgetCurrency;
	}

	public Integer getStaffCount() {
		return staffCount;
	}

	public void setStaffCount(Integer staffCount) {
		this.staffCount = staffCount;
	}

	public String getResourceNotes() {
		return resourceNotes;
	}

	public void setResourceNotes(String resourceNotes) {
		this.resourceNotes = resourceNotes;
	}

	public String getSponsorName() {
		return sponsorName;
	}

	public void setSponsorName(String sponsorName) {
		this.sponsorName = sponsorName;
	}

	public String getSponsorOffice() {
		return sponsorOffice;
	}

	public void setSponsorOffice(String sponsorOffice) {
		this.sponsorOffice = sponsorOffice;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
