package org.openasm.vision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A record of the context analysis or the forum (a site, a sector estimate, a supply-chain flow, a
 * stakeholder input) that shows an issue is real, by type and id, with a note on what it shows.
 */
@Entity(name = "IssueEvidence")
@Table(name = "vision_evidence")
@Audited
class Evidence extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "issue_id", nullable = false)
	private Issue issue;

	@Column(name = "record_type", nullable = false, length = 60)
	private String recordType;

	@Column(name = "record_id", nullable = false)
	private Long recordId;

	@Column(length = 1000)
	private String note;

	protected Evidence() {
	}

	Evidence(Issue issue, String recordType, long recordId, String note) {
		this.workspaceId = issue.getWorkspaceId();
		this.issue = issue;
		this.recordType = recordType;
		this.recordId = recordId;
		this.note = Columns.blankToNull(note);
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return issue.getTitle() + " · " + recordType + " #" + recordId;
	}

	public Issue getIssue() {
		return issue;
	}

	public String getRecordType() {
		return recordType;
	}

	public Long getRecordId() {
		return recordId;
	}

	public String getNote() {
		return note;
	}
}
