package org.openasm.vision;

import jakarta.validation.constraints.Size;

/** The government's grade for a technique and why; a rationale is required when a grade is set, and a null grade withdraws it. */
public class GradeForm {

	private TechniqueGrade grade;

	@Size(max = 4000)
	private String rationale;

	private Long version;

	public TechniqueGrade getGrade() {
		return grade;
	}

	public void setGrade(TechniqueGrade grade) {
		this.grade = grade;
	}

	public String getRationale() {
		return rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
