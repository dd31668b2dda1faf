package org.openasm.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An operator as the registration page or an API body gives it. What each kind needs (a national ID,
 * gender and citizenship for an individual, a registration number for a company) is checked by
 * {@link OperatorRegister} and refused with the field named.
 */
public class OperatorForm {

	@NotNull
	private OperatorKind kind;

	@NotBlank
	@Size(max = 300)
	private String name;

	@Size(max = 60)
	private String nationalId;

	@Size(max = 60)
	private String registrationNumber;

	private Gender gender;

	private Integer birthYear;

	private Citizenship citizenship;

	private Long residenceAreaId;

	@Size(max = 60)
	private String phone;

	private Long version;

	private String token;

	public OperatorKind getKind() {
		return kind;
	}

	public void setKind(OperatorKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNationalId() {
		return nationalId;
	}

	public void setNationalId(String nationalId) {
		this.nationalId = nationalId;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public Gender getGender() {
		return gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public Citizenship getCitizenship() {
		return citizenship;
	}

	public void setCitizenship(Citizenship citizenship) {
		this.citizenship = citizenship;
	}

	public Long getResidenceAreaId() {
		return residenceAreaId;
	}

	public void setResidenceAreaId(Long residenceAreaId) {
		this.residenceAreaId = residenceAreaId;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
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
