package org.openasm.taskforce;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The task force's mandate: terms of reference, and who approved them when. */
public class MandateForm {

	@Size(max = 20000)
	private String termsOfReference;

	@PastOrPresent
	private LocalDate approvalDate;

	@Size(max = 200)
	private String approvingAuthority;

	private Long version;

	static MandateForm of(TaskForce tf) {
		MandateForm form = new MandateForm();
		form.termsOfReference = tf.getTermsOfReference();
		form.approvalDate = tf.getApprovalDate();
		form.approvingAuthority = tf.getApprovingAuthority();
		form.version = tf.getVersion();
		return form;
	}

	/** A mandate approved before 1950 is a typing slip, not a task force. */
	@AssertTrue(message = "{mandate.approvalDate.implausible}")
	public boolean isApprovalDatePlausible() {
		return approvalDate == null || approvalDate.getYear() >= 1950;
	}

	/** An approval names both its date and its authority, and approves some terms of reference. */
	@AssertTrue(message = "{mandate.approval.incomplete}")
	public boolean isApprovalComplete() {
		boolean dated = approvalDate != null;
		boolean authority = approvingAuthority != null && !approvingAuthority.isBlank();
		boolean terms = termsOfReference != null && !termsOfReference.isBlank();
		return dated == authority && (!dated || terms);
	}

	public String getTermsOfReference() {
		return termsOfReference;
	}

	public void setTermsOfReference(String termsOfReference) {
		this.termsOfReference = termsOfReference;
	}

	public LocalDate getApprovalDate() {
		return approvalDate;
	}

	public void setApprovalDate(LocalDate approvalDate) {
		this.approvalDate = approvalDate;
	}

	public String getApprovingAuthority() {
		return approvingAuthority;
	}

	public void setApprovingAuthority(String approvingAuthority) {
		this.approvingAuthority = approvingAuthority;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
