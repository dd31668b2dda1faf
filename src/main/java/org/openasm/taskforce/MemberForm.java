package org.openasm.taskforce;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A task-force member as a form or an API body gives it. */
public class MemberForm {

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@NotNull
	private Long agencyId;

	@NotNull
	private MemberRole role = MemberRole.MEMBER;

	@Size(max = 200)
	private String position;

	@Email
	@Size(max = 200)
	private String email;

	@Size(max = 50)
	@Pattern(regexp = "^$|^[+0-9 ()./-]{5,50}$", message = "{validation.phone}")
	private String phone;

	private Long version;

	private String token;

	static MemberForm of(TaskForceMember m) {
		MemberForm form = new MemberForm();
		form.fullName = m.getFullName();
		form.agencyId = m.getAgency().getId();
		form.role = m.getRole();
		form.position = m.getPosition();
		form.email = m.getEmail();
		form.phone = m.getPhone();
		form.version = m.getVersion();
		return form;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public MemberRole getRole() {
		return role;
	}

	public void setRole(MemberRole role) {
		this.role = role;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
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
