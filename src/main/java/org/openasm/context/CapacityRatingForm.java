package org.openasm.context;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One cell of the capacity grid as a form or an API body gives it: levels 0–3. {@code version} is the
 * version of the rating read (none for a cell not yet rated).
 */
public class CapacityRatingForm {

	@NotNull
	@Min(0)
	@Max(3)
	private Integer existingLevel;

	@NotNull
	@Min(0)
	@Max(3)
	private Integer neededLevel;

	@Size(max = 4000)
	private String notes;

	private Long version;

	private String token;

	static CapacityRatingForm of(CapacityRating r) {
		CapacityRatingForm f = new CapacityRatingForm();
		f.existingLevel = r.getExistingLevel();
		f.neededLevel = r.getNeededLevel();
		f.notes = r.getNotes();
		f.version = r.getVersion();
		return f;
	}

	public Integer getExistingLevel() {
		return existingLevel;
	}

	public void setExistingLevel(Integer existingLevel) {
		this.existingLevel = existingLevel;
	}

	public Integer getNeededLevel() {
		return neededLevel;
	}

	public void setNeededLevel(Integer neededLevel) {
		this.neededLevel = neededLevel;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
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
