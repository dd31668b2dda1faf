package org.openasm.stakeholders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forum's terms, rhythm, chair and women's attendance target. */
public class ForumForm {

	@Size(max = 200)
	private String name;

	@Size(max = 20000)
	private String termsOfReference;

	private MeetingFrequency frequency;

	@Size(max = 200)
	private String chair;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer womenTarget = Forum.DEFAULT_WOMEN_TARGET;

	private Long version;

	static ForumForm of(Forum forum) {
		ForumForm f = new ForumForm();
		f.name = forum.getName();
		f.termsOfReference = forum.getTermsOfReference();
		f.frequency = forum.getFrequency();
		f.chair = forum.getChair();
		f.womenTarget = forum.getWomenTarget();
		f.version = forum.getVersion();
		return f;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTermsOfReference() {
		return termsOfReference;
	}

	public void setTermsOfReference(String termsOfReference) {
		this.termsOfReference = termsOfReference;
	}

	public MeetingFrequency getFrequency() {
		return frequency;
	}

	public void setFrequency(MeetingFrequency frequency) {
		this.frequency = frequency;
	}

	public String getChair() {
		return chair;
	}

	public void setChair(String chair) {
		this.chair = chair;
	}

	public Integer getWomenTarget() {
		return womenTarget;
	}

	public void setWomenTarget(Integer womenTarget) {
		this.womenTarget = womenTarget;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
