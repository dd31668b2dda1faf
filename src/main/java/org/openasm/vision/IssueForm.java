package org.openasm.vision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A significant issue as a form or an API body gives it. */
public class IssueForm {

	@NotNull
	private IssueKind kind;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private Significance significance;

	@NotBlank
	@Size(max = 4000)
	private String rationale;

	private Long version;

	private String token;

	public IssueKind getKind() {
		return kind;
	}

	public void setKind(IssueKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Significance getSignificance() {
		return significance;
	}

	public void setSignificance(Significance significance) {
		this.significance = significance;
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

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
