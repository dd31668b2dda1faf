package org.openasm.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * One figure of the sector (miners, production, mercury used …) for a commodity, an area (none =
 * national) and a year, as a range low – central – high in a unit, with the source it comes from and
 * how far it can be trusted: every figure the system shows states its source.
 */
@Entity
@Table(name = "context_estimate")
@Audited
class SectorEstimate extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private EstimateFigure figure;

	@Column(name = "figure_label", length = 200)
	private String figureLabel;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private Commodity commodity;

	@Column(name = "area_id")
	private Long areaId;

	@Column(name = "estimate_year", nullable = false)
	private int year;

	@Column(name = "low_value", precision = 20, scale = 3)
	private BigDecimal low;

	@Column(name = "central_value", nullable = false, precision = 20, scale = 3)
	private BigDecimal central;

	@Column(name = "high_value", precision = 20, scale = 3)
	private BigDecimal high;

	@Column(nullable = false, length = 40)
	private String unit;

	@Column(nullable = false, length = 500)
	private String source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private EstimateConfidence confidence;

	@Column(length = 4000)
	private String notes;

	protected SectorEstimate() {
	}

	SectorEstimate(long workspaceId) {
		this.workspaceId = workspaceId;
	}

	/** Takes the form's values; the caller has checked them with {@link EstimateRules}. */
	void describe(EstimateForm f) {
		this.figure = f.getFigure();
		this.figureLabel = f.getFigure() == EstimateFigure.OTHER ? blankToNull(f.getFigureLabel()) : null;
		this.commodity = f.getCommodity();
		this.areaId = f.getAreaId();
		this.year = f.getYear();
		this.low = f.getLow();
		this.central = f.getCentral();
		this.high = f.getHigh();
		this.unit = f.getUnit().strip();
		this.source = f.getSource().strip();
		this.confidence = f.getConfidence();
		this.notes = blankToNull(f.getNotes());
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return (figureLabel != null ? figureLabel : figure.name()) + (commodity == null ? "" : " · " + commodity.name()) + " · " + year;
	}

	public EstimateFigure getFigure() {
		return figure;
	}

	public String getFigureLabel() {
		return figureLabel;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public Long getAreaId() {
		return areaId;
	}

	public int getYear() {
		return year;
	}

	public BigDecimal getLow() {
		return low;
	}

	public BigDecimal getCentral() {
		return central;
	}

	public BigDecimal getHigh() {
		return high;
	}

	public String getUnit() {
		return unit;
	}

	public String getSource() {
		return source;
	}

	public EstimateConfidence getConfidence() {
		return confidence;
	}

	public String getNotes() {
		return notes;
	}

	public boolean isNational() {
		return areaId == null;
	}
}
