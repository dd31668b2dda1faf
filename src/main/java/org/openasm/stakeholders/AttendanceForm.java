package org.openasm.stakeholders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One attendee: name, gender and the stakeholder they came for, if any. */
public class AttendanceForm {

	@NotBlank
	@Size(max = 200)
	private String personName;

	private Long stakeholderId;

	@NotNull
	private Gender gender;

	private String token;

	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public Long getStakeholderId() {
		return stakeholderId;
	}

	public void setStakeholderId(Long stakeholderId) {
		this.stakeholderId = stakeholderId;
	}

	public Gender getGender() {
		return gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
