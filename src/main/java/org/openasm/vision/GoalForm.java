package org.openasm.vision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A goal and the significant issues it answers, as a form or an API body gives it. */
public class GoalForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 4000)
	private String description;

	private Set<Long> issueIds = new java.util.LinkedHashSet<>();

	private Long version;

	private String token;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Set<Long> getIssueIds() {
		return issueIds;
	}

	public void setIssueIds(Set<Long> issueIds) {
		this.issueIds = issueIds;
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
