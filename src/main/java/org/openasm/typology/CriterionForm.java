package org.openasm.typology;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A criterion as a form or an API body gives it. The name is required for a criterion a user adds; a
 * seeded one keeps the guidance's name, so only its weight changes.
 */
public class CriterionForm {

	@Size(max = 200)
	private String name;

	@Size(max = 1000)
	private String hint;

	@NotNull
	@DecimalMin(value = "0", inclusive = false, message = "{typology.criterion.weight.positive}")
	@DecimalMax(value = "1000", message = "{typology.criterion.weight.max}")
	@Digits(integer = 4, fraction = 3, message = "{typology.criterion.weight.digits}")
	private BigDecimal weight;

	private Long version;

	private String token;

	static CriterionForm of(Criterion c) {
		CriterionForm form = new CriterionForm();
		form.name = c.getName();
		form.hint = c.getHint();
		form.weight = c.getWeight();
		form.version = c.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getHint() {
		return hint;
	}

	public void setHint(String hint) {
		this.hint = hint;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
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
