package org.openasm.stakeholders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * Something a stakeholder raised, at a meeting or in writing, and the response it got: the decision,
 * the reason, and the record it informed (any audited record of any module, by type and id).
 */
@Entity
@Table(name = "stakeholders_input")
@Audited
class Input extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "stakeholder_id", nullable = false)
	private Stakeholder stakeholder;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@Column(name = "raised_on", nullable = false)
	private LocalDate raisedOn;

	@Column(nullable = false, length = 200)
	private String topic;

	@Column(nullable = false, length = 8000)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Decision decision;

	@Column(length = 4000)
	private String reason;

	@Column(name = "responded_on")
	private LocalDate respondedOn;

	@Column(name = "linked_type", length = 100)
	private String linkedType;

	@Column(name = "linked_id")
	private Long linkedId;

	protected Input() {
	}

	Input(Stakeholder stakeholder, Meeting meeting, LocalDate raisedOn, String topic, String body) {
		this.workspaceId = stakeholder.getWorkspaceId();
		this.stakeholder = stakeholder;
		this.meeting = meeting;
		this.raisedOn = raisedOn;
		this.topic = topic.strip();
		this.body = body.strip();
	}

	void respond(Decision decision, String reason, LocalDate respondedOn, String linkedType, Long linkedId) {
		this.decision = decision;
		this.reason = reason.strip();
		this.respondedOn = respondedOn;
		this.linkedType = linkedType;
		this.linkedId = linkedId;
	}

	public boolean isAnswered() {
		return decision != null;
	}

	public boolean isWritten() {
		return meeting == null;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return topic;
	}

	public Stakeholder getStakeholder() {
		return stakeholder;
	}

	public Meeting getMeeting() {
		return meeting;
	}

	public LocalDate getRaisedOn() {
		return raisedOn;
	}

	public String getTopic() {
		return topic;
	}

	public String getBody() {
		return body;
	}

	public Decision getDecision() {
		return decision;
	}

	public String getReason() {
		return reason;
	}

	public LocalDate getRespondedOn() {
		return respondedOn;
	}

	public String getLinkedType() {
		return linkedType;
	}

	public Long getLinkedId() {
		return linkedId;
	}
}
