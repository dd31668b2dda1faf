package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A sanction imposed within an enforcement case; written once, never changed (a mistake is answered by the case, not erased). */
@Entity(name = "Sanction")
@Table(name = "registry_sanction")
class Sanction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private Long workspaceId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private SanctionKind kind;

	@Column(precision = 16, scale = 2, updatable = false)
	private BigDecimal amount;

	@Column(nullable = false, length = 2000, updatable = false)
	private String reason;

	@Column(name = "imposed_on", nullable = false, updatable = false)
	private LocalDate imposedOn;

	@Column(name = "imposed_at", nullable = false, updatable = false)
	private Instant imposedAt;

	@Column(nullable = false, length = 100, updatable = false)
	private String actor;

	protected Sanction() {
	}

	Sanction(EnforcementCase enforcementCase, SanctionKind kind, BigDecimal amount, String reason, LocalDate imposedOn, Instant imposedAt,
			String actor) {
		this.workspaceId = enforcementCase.getWorkspaceId();
		this.caseId = enforcementCase.getId();
		this.kind = kind;
		this.amount = amount;
		this.reason = reason.strip();
		this.imposedOn = imposedOn;
		this.imposedAt = imposedAt;
		this.actor = actor;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseId() {
		return caseId;
	}

	public SanctionKind getKind() {
		return kind;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getReason() {
		return reason;
	}

	public LocalDate getImposedOn() {
		return imposedOn;
	}

	public String getActor() {
		return actor;
	}
}
