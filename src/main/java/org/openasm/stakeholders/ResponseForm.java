package org.openasm.stakeholders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The response to an input: the decision, the reason, when, and the record it informed (type and id). */
public class ResponseForm {

	@NotNull
	private Decision decision;

	@NotBlank
	@Size(max = 4000)
	private String reason;

	@NotNull
	private LocalDate respondedOn;

	@Size(max = 100)
	private String linkedType;

	private Long linkedId;

	private Long version;

	static ResponseForm of(Input input) {
		ResponseForm f = new ResponseForm();
		f.decision = input.getDecision();
		f.reason = input.getReason();
		f.respondedOn = input.getRespondedOn();
		f.linkedType = input.getLinkedType();
		f.linkedId = input.getLinkedId();
		f.version = input.getVersion();
		return f;
	}

	public Decision getDecision() {
		return decision;
	}

	public void setDecision(Decision decision) {
		this.decision = decision;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getRespondedOn() {
		return respondedOn;
	}

	public void setRespondedOn(LocalDate respondedOn) {
		this.respondedOn = respondedOn;
	}

	public String getLinkedType() {
		return linkedType;
	}

	public void setLinkedType(String linkedType) {
		this.linkedType = linkedType;
	}

	public Long getLinkedId() {
		return linkedId;
	}

	public void setLinkedId(Long linkedId) {
		this.linkedId = linkedId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
