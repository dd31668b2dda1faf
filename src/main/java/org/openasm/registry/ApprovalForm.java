package org.openasm.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The officer's approval: the day the licence starts (it ends after the category's duration) and its conditions. */
public class ApprovalForm {

	@NotNull
	private LocalDate startsOn;

	@Size(max = 4000)
	private String conditions;

	public ApprovalForm() {
	}

	public ApprovalForm(LocalDate startsOn, String conditions) {
		this.startsOn = startsOn;
		this.conditions = conditions;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public String getConditions() {
		return conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}
}
