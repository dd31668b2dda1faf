package org.openasm.typology;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A user-defined dimension as a form or an API body gives it: a name and its values (on the page, one per line). */
public class DimensionForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotEmpty(message = "{typology.dimension.values.required}")
	@Size(max = 50, message = "{typology.dimension.values.tooMany}")
	private List<String> values = new ArrayList<>();

	private Long version;

	private String token;

	static DimensionForm of(CustomDimension d) {
		DimensionForm form = new DimensionForm();
		form.name = d.getName();
		form.values = new ArrayList<>(d.getValues());
		form.version = d.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<String> getValues() {
		return values;
	}

	public void setValues(List<String> values) {
		this.values = values == null ? new ArrayList<>() : values;
	}

	/** The values one per line, as the page's text area shows them. */
	public String getValuesText() {
		return String.join("\n", values);
	}

	public void setValuesText(String text) {
		this.values = text == null ? new ArrayList<>()
				: new ArrayList<>(Arrays.stream(text.split("\\R")).map(String::strip).filter(v -> !v.isEmpty()).toList());
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
