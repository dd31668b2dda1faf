package org.openasm.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A workspace as a form or an API body fills it in; {@code version} guards edits. */
public class WorkspaceForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private JurisdictionLevel level = JurisdictionLevel.NATIONAL;

	@NotBlank
	@Pattern(regexp = "[A-Za-z]{2}", message = "{validation.countryCode}")
	private String countryCode;

	@NotEmpty
	private List<@Pattern(regexp = "en|fr|pt|es", message = "{validation.language}") String> languages = new ArrayList<>(List.of("en"));

	@NotBlank
	@Pattern(regexp = "[A-Za-z]{3}", message = "{validation.currency}")
	private String currency;

	private Long version;

	private String token;

	public static WorkspaceForm of(Workspace w) {
		WorkspaceForm form = new WorkspaceForm();
		form.name = w.getName();
		form.level = w.getLevel();
		form.countryCode = w.getCountryCode();
		form.languages = new ArrayList<>(w.getLanguageList());
		form.currency = w.getCurrency();
		form.version = w.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public JurisdictionLevel getLevel() {
		return level;
	}

	public void setLevel(JurisdictionLevel level) {
		this.level = level;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
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
