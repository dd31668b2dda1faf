package org.openasm.vision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/** A significant issue the vision must answer, why it is significant, and (in {@link Evidence}) what shows it. */
@Entity(name = "SignificantIssue")
@Table(name = "vision_issue")
@Audited
class Issue extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private IssueKind kind;

	@Column(nullable = false, length = 200)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Significance significance;

	@Column(nullable = false, length = 4000)
	private String rationale;

	protected Issue() {
	}

	Issue(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	void describe(IssueKind kind, String title, Significance significance, String rationale) {
		this.kind = kind;
		this.title = title.strip();
		this.significance = significance;
		this.rationale = rationale.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return title;
	}

	public IssueKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public Significance getSignificance() {
		return significance;
	}

	public String getRationale() {
		return rationale;
	}
}
