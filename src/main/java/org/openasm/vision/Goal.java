package org.openasm.vision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/** A goal of the vision and the significant issues it answers (their ids, comma-separated). */
@Entity(name = "VisionGoal")
@Table(name = "vision_goal")
@Audited
class Goal extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 4000)
	private String description;

	@Column(name = "issue_ids", nullable = false, length = 2000)
	private String issueIds = "";

	protected Goal() {
	}

	Goal(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(String title, String description, Set<Long> issueIds) {
		this.title = title.strip();
		this.description = Columns.blankToNull(description);
		this.issueIds = Columns.ids(issueIds);
	}

	/** Forgets an issue that was removed. */
	void forget(long issueId) {
		Set<Long> ids = getIssueIdSet();
		if (ids.remove(issueId)) {
			this.issueIds = Columns.ids(ids);
		}
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return title;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Set<Long> getIssueIdSet() {
		return Columns.ids(issueIds);
	}
}
