package org.openasm.registry;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A sanction as the case page or an API body gives it: a fine needs an amount above zero, the others none. */
public class SanctionForm {

	private String token;

	@NotNull
	private SanctionKind kind;

	@Digits(integer = 14, fraction = 2)
	private BigDecimal amount;

	@NotBlank
	@Size(max = 2000)
	private String reason;

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public SanctionKind getKind() {
		return kind;
	}

	public void setKind(SanctionKind kind) {
		this.kind = kind;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
