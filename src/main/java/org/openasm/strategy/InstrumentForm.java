package org.openasm.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.openasm.vision.IssueKind;
import org.openasm.vision.TechniqueStage;

/** An instrument the government adds: its name, description, mode, the stages it acts on, the issues it can address and whether it addresses cross-border concerns. */
public class InstrumentForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 2000)
	private String description;

	@NotNull
	private InstrumentMode mode;

	private Set<TechniqueStage> stages = new LinkedHashSet<>();

	private Set<IssueKind> issues = new LinkedHashSet<>();

	private boolean transboundary;

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

	public InstrumentMode getMode() {
		return mode;
	}

	public void setMode(InstrumentMode mode) {
		this.mode = mode;
	}

	public Set<TechniqueStage> getStages() {
		return stages;
	}

	public void setStages(Set<TechniqueStage> stages) {
		this.stages = stages;
	}

	public Set<IssueKind> getIssues() {
		return issues;
	}

	public void setIssues(Set<IssueKind> issues) {
		this.issues = issues;
	}

	public boolean isTransboundary() {
		return transboundary;
	}

	public void setTransboundary(boolean transboundary) {
		this.transboundary = transboundary;
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
