package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a licence's history, written once and never changed. */
@Entity(name = "LicenceEvent")
@Table(name = "registry_licence_event")
class LicenceEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private Long workspaceId;

	@Column(name = "licence_id", nullable = false, updatable = false)
	private Long licenceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private LicenceEventKind kind;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 100, updatable = false)
	private String actor;

	@Column(name = "ends_on", updatable = false)
	private LocalDate endsOn;

	@Column(name = "holder_id", updatable = false)
	private Long holderId;

	@Column(name = "previous_holder_id", updatable = false)
	private Long previousHolderId;

	@Column(length = 2000, updatable = false)
	private String reason;

	protected LicenceEvent() {
	}

	LicenceEvent(Licence licence, LicenceEventKind kind, Instant occurredAt, String actor, Long previousHolderId, String reason) {
		this.workspaceId = licence.getWorkspaceId();
		this.licenceId = licence.getId();
		this.kind = kind;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.endsOn = licence.getEndsOn();
		this.holderId = licence.getHolderId();
		this.previousHolderId = previousHolderId;
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	public Long getId() {
		return id;
	}

	public Long getLicenceId() {
		return licenceId;
	}

	public LicenceEventKind getKind() {
		return kind;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public Long getHolderId() {
		return holderId;
	}

	public Long getPreviousHolderId() {
		return previousHolderId;
	}

	public String getReason() {
		return reason;
	}
}
