package org.openasm.registry;

import jakarta.validation.constraints.Size;

/**
 * A renewal: the licence's version as the officer read it (so the same renewal sent twice extends the
 * licence once; the second gets a stale-edit answer) and a note for the history.
 */
public class RenewalForm {

	private Long version;

	@Size(max = 2000)
	private String reason;

	public RenewalForm() {
	}

	public RenewalForm(Long version, String reason) {
		this.version = version;
		this.reason = reason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
