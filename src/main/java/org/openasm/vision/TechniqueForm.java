package org.openasm.vision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.openasm.context.Commodity;

/** A technique the government adds or describes, as a form or an API body gives it. */
public class TechniqueForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 2000)
	private String description;

	@NotNull
	private TechniqueStage stage;

	private Set<Commodity> commodities = new java.util.LinkedHashSet<>();

	private Set<IssueKind> issues = new java.util.LinkedHashSet<>();

	private Long version;

	private String token;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public TechniqueStage getStage() {
		return stage;
	}

	public void setStage(TechniqueStage stage) {
		this.stage = stage;
	}

	public Set<Commodity> getCommodities() {
		return commodities;
	}

	public void setCommodities(Set<Commodity> commodities) {
		this.commodities = commodities;
	}

	public Set<IssueKind> getIssues() {
		return issues;
	}

	public void setIssues(Set<IssueKind> issues) {
		this.issues = issues;
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
