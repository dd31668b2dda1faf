package org.openasm.stakeholders;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A stakeholder as a form or an API body gives it. */
public class StakeholderForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private Long categoryId;

	private Long areaId;

	@Size(max = 200)
	private String contactPerson;

	@Email
	@Size(max = 200)
	private String email;

	@Size(max = 50)
	@Pattern(regexp = "^$|^[+0-9 ()./-]{5,50}$", message = "{validation.phone}")
	private String phone;

	@PositiveOrZero
	@Max(100_000_000)
	private Integer womenRepresented;

	@PositiveOrZero
	@Max(100_000_000)
	private Integer menRepresented;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer influence = 3;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer interest = 3;

	private boolean landDispute;

	private boolean waterDispute;

	private boolean resourceDispute;

	private boolean securityConcern;

	@Size(max = 4000)
	private String conflictNotes;

	private boolean forumMember;

	@Size(max = 100)
	@Pattern(regexp = "^$|^[A-Za-z0-9._@-]{3,100}$", message = "{validation.username}")
	private String account;

	private Long version;

	private String token;

	static StakeholderForm of(Stakeholder s) {
		StakeholderForm f = new StakeholderForm();
		f.name = s.getName();
		f.categoryId = s.getCategory().getId();
		f.areaId = s.getAreaId();
		f.contactPerson = s.getContactPerson();
		f.email = s.getEmail();
		f.phone = s.getPhone();
		f.womenRepresented = s.getWomenRepresented();
		f.menRepresented = s.getMenRepresented();
		f.influence = s.getInfluence();
		f.interest = s.getInterest();
		f.landDispute = s.isLandDispute();
		f.waterDispute = s.isWaterDispute();
		f.resourceDispute = s.isResourceDispute();
		f.securityConcern = s.isSecurityConcern();
		f.conflictNotes = s.getConflictNotes();
		f.forumMember = s.isForumMember();
		f.account = s.getAccount();
		f.version = s.getVersion();
		return f;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Long getAreaId() {
		return areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
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

	public Integer getWomenRepresented() {
		return womenRepresented;
	}

	public void setWomenRepresented(Integer womenRepresented) {
		this.womenRepresented = womenRepresented;
	}

	public Integer getMenRepresented() {
		return menRepresented;
	}

	public void setMenRepresented(Integer menRepresented) {
		this.menRepresented = menRepresented;
	}

	public Integer getInfluence() {
		return influence;
	}

	public void setInfluence(Integer influence) {
		this.influence = influence;
	}

	public Integer getInterest() {
		return interest;
	}

	public void setInterest(Integer interest) {
		this.interest = interest;
	}

	public boolean isLandDispute() {
		return landDispute;
	}

	public void setLandDispute(boolean landDispute) {
		this.landDispute = landDispute;
	}

	public boolean isWaterDispute() {
		return waterDispute;
	}

	public void setWaterDispute(boolean waterDispute) {
		this.waterDispute = waterDispute;
	}

	public boolean isResourceDispute() {
		return resourceDispute;
	}

	public void setResourceDispute(boolean resourceDispute) {
		this.resourceDispute = resourceDispute;
	}

	public boolean isSecurityConcern() {
		return securityConcern;
	}

	public void setSecurityConcern(boolean securityConcern) {
		this.securityConcern = securityConcern;
	}

	public String getConflictNotes() {
		return conflictNotes;
	}

	public void setConflictNotes(String conflictNotes) {
		this.conflictNotes = conflictNotes;
	}

	public boolean isForumMember() {
		return forumMember;
	}

	public void setForumMember(boolean forumMember) {
		this.forumMember = forumMember;
	}

	public String getAccount() {
		return account;
	}

	public void setAccount(String account) {
		this.account = account;
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
