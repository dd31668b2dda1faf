package org.openasm.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openasm.context.Commodity;

/**
 * A licence application as the page or an API body gives it: the applicant (an operator of the
 * workspace), the category, the commodity and the area (GeoJSON or typed coordinates, see
 * {@code AreaInput}). The token makes the same submission twice create one application.
 */
public class ApplicationForm {

	@NotNull
	private Long applicantId;

	@NotNull
	private Long categoryId;

	@NotNull
	private Commodity commodity;

	@NotBlank
	@Size(max = 1000000)
	private String area;

	private String token;

	public Long getApplicantId() {
		return applicantId;
	}

	public void setApplicantId(Long applicantId) {
		this.applicantId = applicantId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public void setCommodity(Commodity commodity) {
		this.commodity = commodity;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
