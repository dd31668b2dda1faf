package org.openasm.stakeholders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * The workspace's consultation forum: its terms of reference, how often it plans to meet, who chairs,
 * and the share of women attending the workspace holds itself to (30% unless it sets another).
 * Members are the stakeholders marked as such.
 */
@Entity
@Table(name = "stakeholders_forum")
@Audited
class Forum extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	static final int DEFAULT_WOMEN_TARGET = 30;

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(length = 200)
	private String name;

	@Column(name = "terms_of_reference", length = 20000)
	private String termsOfReference;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private MeetingFrequency frequency;

	@Column(length = 200)
	private String chair;

	@Column(name = "women_target", nullable = false)
	private int womenTarget = DEFAULT_WOMEN_TARGET;

	protected Forum() {
	}

	Forum(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(ForumForm f) {
		this.name = Stakeholder.blankToNull(f.getName());
		this.termsOfReference = Stakeholder.blankToNull(f.getTermsOfReference());
		this.frequency = f.getFrequency();
		this.chair = Stakeholder.blankToNull(f.getChair());
		this.womenTarget = f.getWomenTarget();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return name == null ? "forum" : name;
	}

	public String getName() {
		return name;
	}

	public String getTermsOfReference() {
		return termsOfReference;
	}

	public MeetingFrequency getFrequency() {
		return frequency;
	}

	public String getChair() {
		return chair;
	}

	public int getWomenTarget() {
		return womenTarget;
	}
}
