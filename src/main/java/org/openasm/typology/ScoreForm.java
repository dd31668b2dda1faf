package org.openasm.typology;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A type's score on a criterion: 1 to 5, 5 favouring priority, with the reason (required). The version
 * is that of the score being changed; a first score has none.
 */
public class ScoreForm {

	@NotNull(message = "{typology.score.range}")
	@Min(value = 1, message = "{typology.score.range}")
	@Max(value = 5, message = "{typology.score.range}")
	private Integer score;

	@NotBlank(message = "{typology.score.rationale.required}")
	@Size(max = 2000)
	private String rationale;

	private Long version;

	static ScoreForm of(Score s) {
		ScoreForm form = new ScoreForm();
		form.score = s.getScore();
		form.rationale = s.getRationale();
		form.version = s.getVersion();
		return form;
	}

	public Integer getScore() {
		return score;
	}

	public void setScore(Integer score) {
		this.score = score;
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
