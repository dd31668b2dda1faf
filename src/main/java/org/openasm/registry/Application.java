package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.openasm.context.Commodity;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A request for a licence: an applicant, a category, a commodity and an area, numbered APP-year-seq on
 * submission. While pending (submitted or under review) it holds its ground against applications
 * submitted after it. {@code checks} keeps the checks as they were run at submission (JSON, see
 * {@link RecordedChecks}); approval runs them again.
 */
@Entity(name = "Application")
@Table(name = "registry_application")
@Audited
class Application extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false, length = 30)
	private String number;

	@Column(name = "applicant_id", nullable = false)
	private Long applicantId;

	@Column(name = "category_id", nullable = false)
	private Long categoryId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Commodity commodity;

	@Column(nullable = false, length = 1000000)
	private String boundary;

	@Column(name = "area_hectares", nullable = false, precision = 14, scale = 4)
	private BigDecimal areaHectares;

	@Column(name = "min_lon", nullable = false)
	private double minLon;

	@Column(name = "min_lat", nullable = false)
	private double minLat;

	@Column(name = "max_lon", nullable = false)
	private double maxLon;

	@Column(name = "max_lat", nullable = false)
	private double maxLat;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ApplicationStatus status = ApplicationStatus.SUBMITTED;

	@Column(length = 20000)
	private String checks;

	@Column(name = "decision_reason", length = 2000)
	private String decisionReason;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "licence_id")
	private Long licenceId;

	@Column(name = "spatial_seq", nullable = false)
	private long spatialSeq;

	protected Application() {
	}

	Application(long workspaceId, String number, long applicantId, long categoryId, Commodity commodity, Footprint area, Instant submittedAt,
			String checks, long spatialSeq) {
		this.workspaceId = workspaceId;
		this.number = number;
		this.applicantId = applicantId;
		this.categoryId = categoryId;
		this.commodity = commodity;
		this.boundary = area.wkt();
		this.areaHectares = area.hectares();
		this.minLon = area.envelope().getMinX();
		this.minLat = area.envelope().getMinY();
		this.maxLon = area.envelope().getMaxX();
		this.maxLat = area.envelope().getMaxY();
		this.submittedAt = submittedAt;
		this.checks = checks;
		this.spatialSeq = spatialSeq;
	}

	/** Under review still holds the same ground, so no spatial sequence number is taken. */
	void startReview() {
		this.status = ApplicationStatus.UNDER_REVIEW;
	}

	/** A decision: approved (with the licence), rejected or withdrawn; the area stops holding ground. */
	void decide(ApplicationStatus status, String reason, Instant at, String by, Long licenceId, long spatialSeq) {
		this.status = status;
		this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
		this.decidedAt = at;
		this.decidedBy = by;
		this.licenceId = licenceId;
		this.spatialSeq = spatialSeq;
	}

	Footprint footprint() {
		return Footprint.ofWkt(boundary);
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return number;
	}

	public String getNumber() {
		return number;
	}

	public Long getApplicantId() {
		return applicantId;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public String getBoundary() {
		return boundary;
	}

	public BigDecimal getAreaHectares() {
		return areaHectares;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public String getChecks() {
		return checks;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Long getLicenceId() {
		return licenceId;
	}

	public long getSpatialSeq() {
		return spatialSeq;
	}
}
