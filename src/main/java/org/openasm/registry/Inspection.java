package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A visit by an inspector to a licence's area or to a mine site of the context analysis (or both, when
 * the site lies in the licence). What was seen is in its findings; what must change, in its corrective
 * actions. A follow-up names the inspection it follows and verifies that inspection's actions.
 */
@Entity(name = "Inspection")
@Table(name = "registry_inspection")
@Audited
class Inspection extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(name = "licence_id")
	private Long licenceId;

	@Column(name = "site_id")
	private Long siteId;

	@Column(name = "visited_on", nullable = false)
	private LocalDate visitedOn;

	@Column(nullable = false, length = 200)
	private String inspector;

	@Column(length = 4000)
	private String summary;

	@Column(name = "follow_up_of")
	private Long followUpOf;

	@Column(name = "unacceptable_observed", nullable = false)
	private boolean unacceptableObserved;

	protected Inspection() {
	}

	Inspection(long workspaceId, Long licenceId, Long siteId, LocalDate visitedOn, String inspector, String summary, Long followUpOf,
			boolean unacceptableObserved) {
		this.workspaceId = workspaceId;
		this.licenceId = licenceId;
		this.siteId = siteId;
		this.visitedOn = visitedOn;
		this.inspector = inspector.strip();
		this.summary = summary == null || summary.isBlank() ? null : summary.strip();
		this.followUpOf = followUpOf;
		this.unacceptableObserved = unacceptableObserved;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return "#" + getId() + " " + visitedOn;
	}

	public Long getLicenceId() {
		return licenceId;
	}

	public Long getSiteId() {
		return siteId;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public String getInspector() {
		return inspector;
	}

	public String getSummary() {
		return summary;
	}

	public Long getFollowUpOf() {
		return followUpOf;
	}

	public boolean isUnacceptableObserved() {
		return unacceptableObserved;
	}
}
