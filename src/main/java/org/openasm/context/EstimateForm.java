package org.openasm.context;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A sector estimate as a form or an API body gives it. */
public class EstimateForm {

	@NotNull
	private EstimateFigure figure;

	@Size(max = 200)
	private String figureLabel;

	private Commodity commodity;

	private Long areaId;

	@NotNull
	@Min(1900)
	@Max(2100)
	private Integer year;

	@Digits(integer = 17, fraction = 3)
	private BigDecimal low;

	@NotNull
	@Digits(integer = 17, fraction = 3)
	private BigDecimal central;

	@Digits(integer = 17, fraction = 3)
	private BigDecimal high;

	@NotBlank
	@Size(max = 40)
	private String unit;

	@NotBlank
	@Size(max = 500)
	private String source;

	@NotNull
	private EstimateConfidence confidence = EstimateConfidence.MEDIUM;

	@Size(max = 4000)
	private String notes;

	private Long version;

	private String token;

	static EstimateForm of(SectorEstimate e) {
		EstimateForm f = new EstimateForm();
		f.figure = e.getFigure();
		f.figureLabel = e.getFigureLabel();
		f.commodity = e.getCommodity();
		f.areaId = e.getAreaId();
		f.year = e.getYear();
		f.low = e.getLow();
		f.central = e.getCentral();
		f.high = e.getHigh();
		f.unit = e.getUnit();
		f.source = e.getSource();
		f.confidence = e.getConfidence();
		f.notes = e.getNotes();
		f.version = e.getVersion();
		return f;
	}

	public EstimateFigure getFigure() {
		return figure;
	}

	public void setFigure(EstimateFigure figure) {
		this.figure = figure;
	}

	public String getFigureLabel() {
		return figureLabel;
	}

	public void setFigureLabel(String figureLabel) {
		this.figureLabel = figureLabel;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public void setCommodity(Commodity commodity) {
		this.commodity = commodity;
	}

	public Long getAreaId() {
		return areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public BigDecimal getLow() {
		return low;
	}

	public void setLow(BigDecimal low) {
		this.low = low;
	}

	public BigDecimal getCentral() {
		return central;
	}

	public void setCentral(BigDecimal central) {
		this.central = central;
	}

	public BigDecimal getHigh() {
		return high;
	}

	public void setHigh(BigDecimal high) {
		this.high = high;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public EstimateConfidence getConfidence() {
		return confidence;
	}

	public void setConfidence(EstimateConfidence confidence) {
		this.confidence = confidence;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
