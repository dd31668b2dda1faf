package org.openasm.typology;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A type as a form or an API body gives it: name, description, and per dimension key the accepted
 * values ({@code {"commodity": ["GOLD"], "deposit": ["ALLUVIAL"]}}); a dimension left out or given no
 * value accepts any value.
 */
public class TypeForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 4000)
	private String description;

	private Map<String, List<String>> accepted = new LinkedHashMap<>();

	private Long version;

	private String token;

	static TypeForm of(SectorType t) {
		TypeForm form = new TypeForm();
		form.name = t.getName();
		form.description = t.getDescription();
		t.getAccepted().forEach((k, v) -> form.accepted.put(k, new ArrayList<>(v)));
		form.version = t.getVersion();
		return form;
	}

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

	public Map<String, List<String>> getAccepted() {
		return accepted;
	}

	public void setAccepted(Map<String, List<String>> accepted) {
		this.accepted = accepted == null ? new LinkedHashMap<>() : accepted;
	}

	/** Whether the page should tick this value of this dimension. */
	public boolean accepts(String key, String value) {
		return accepted.getOrDefault(key, List.of()).contains(value);
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
