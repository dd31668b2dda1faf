package org.openasm.vision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A piece of evidence for an issue: the type of record (MineSite, SectorEstimate, ChainFlow, Input), its id and a note. */
public class EvidenceForm {

	@NotBlank
	private String type;

	@NotNull
	private Long recordId;

	@Size(max = 1000)
	private String note;

	private String token;

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public Long getRecordId() {
		return recordId;
	}

	public void setRecordId(Long recordId) {
		this.recordId = recordId;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
