package org.openasm.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openasm.context.Commodity;

/**
 * An ASM zone as the page or an API body gives it. {@code area} is a GeoJSON Polygon or MultiPolygon
 * (a geometry, Feature or one-feature FeatureCollection; in an API body either the object itself or a
 * string) or corners typed as longitude latitude pairs, one per line (see {@link AreaInput}). The
 * rules are checked by {@link ZoneManagement} and refused with the field named.
 */
public class ZoneForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 50)
	private String code;

	@Size(max = 4000)
	private String description;

	private Commodity commodity;

	private Integer maxLicences;

	@Size(max = 1000000)
	private String area;

	private Long version;

	private String token;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public void setCommodity(Commodity commodity) {
		this.commodity = commodity;
	}

	public Integer getMaxLicences() {
		return maxLicences;
	}

	public void setMaxLicences(Integer maxLicences) {
		this.maxLicences = maxLicences;
	}

	public String getArea() {
		return area;
	}

	@JsonIgnore
	public void setArea(String area) {
		this.area = area;
	}

	/** In a JSON body the area may be the GeoJSON object itself or a string. */
	@JsonProperty("area")
	public void setAreaJson(tools.jackson.databind.JsonNode area) {
		this.area = area == null || area.isNull() ? null : area.isString() ? area.asString() : area.toString();
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
