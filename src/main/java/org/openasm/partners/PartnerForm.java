package org.openasm.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A partner as a form or an API body gives it. */
public class PartnerForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private PartnerType type;

	private Set<HelpArea> helpAreas = EnumSet.noneOf(HelpArea.class);

	@Size(max = 4000)
	private String asmExperience;

	@Size(max = 200)
	private String contactPerson;

	@Email
	@Size(max = 200)
	private String email;

	@Size(max = 50)
	@Pattern(regexp = "^$|^[+0-9 ()./-]{5,50}$", message = "{partner.validation.phone}")
	private String phone;

	@NotNull
	private EngagementStatus status = EngagementStatus.IDENTIFIED;

	@Size(max = 4000)
	private String notes;

	private Long version;

	private String token;

	static PartnerForm of(Partner p) {
		PartnerForm form = new PartnerForm();
		form.name = p.getName();
		form.type = p.getPartnerType();
		form.helpAreas = p.getHelpAreaSet();
		form.asmExperience = p.getAsmExperience();
		form.contactPerson = p.getContactPerson();
		form.email = p.getEmail();
		form.phone = p.getPhone();
		form.status = p.getEngagementStatus();
		form.notes = p.getNotes();
		form.version = p.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public PartnerType getType() {
		return type;
	}

	public void setType(PartnerType type) {
		this.type = type;
	}

	public Set<HelpArea> getHelpAreas() {
		return helpAreas;
	}

	public void setHelpAreas(Set<HelpArea> helpAreas) {
		this.helpAreas = EnumSet.noneOf(HelpArea.class);
		if (helpAreas != null) {
			helpAreas.stream().filter(Objects::nonNull).forEach(this.helpAreas::add);
		}
	}

	public String getAsmExperience() {
		return asmExperience;
	}

	public void setAsmExperience(String asmExperience) {
		this.asmExperience = asmExperience;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
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

	public EngagementStatus getStatus() {
		return status;
	}

	public void setStatus(EngagementStatus status) {
		this.status = status;
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
