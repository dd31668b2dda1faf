package org.openasm.context;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A supply-chain flow as a form or an API body gives it; the value is in the workspace currency. */
public class ChainFlowForm {

	@NotNull
	private Long fromActorId;

	@NotNull
	private Long toActorId;

	@NotNull
	private Commodity commodity;

	@NotNull
	@PositiveOrZero
	@Digits(integer = 15, fraction = 3)
	private BigDecimal volumePerYear;

	@NotBlank
	@Size(max = 20)
	private String unit;

	@PositiveOrZero
	@Digits(integer = 16, fraction = 2)
	private BigDecimal valuePerYear;

	private boolean formal = true;

	private boolean crossBorder;

	@Size(max = 500)
	private String source;

	@Size(max = 4000)
	private String notes;

	private Long version;

	private String token;

	static ChainFlowForm of(ChainFlow f) {
		ChainFlowForm form = new ChainFlowForm();
		form.fromActorId = f.getFromActor().getId();
		form.toActorId = f.getToActor().getId();
		form.commodity = f.getCommodity();
		form.volumePerYear = f.getVolumePerYear();
		form.unit = f.getUnit();
		form.valuePerYear = f.getValuePerYear();
		form.formal = f.isFormal();
		form.crossBorder = f.isCrossBorder();
		form.source = f.getSource();
		form.notes = f.getNotes();
		form.version = f.getVersion();
		return form;
	}

	public Long getFromActorId() {
		return fromActorId;
	}

	public void setFromActorId(Long fromActorId) {
		this.fromActorId = fromActorId;
	}

	public Long getToActorId() {
		return toActorId;
	}

	public void setToActorId(Long toActorId) {
		this.toActorId = toActorId;
	}

	public Commodity getCommodity() {
		return commodity;
	}

	public void setCommodity(Commodity commodity) {
		this.commodity = commodity;
	}

	public BigDecimal getVolumePerYear() {
		return volumePerYear;
	}

	public void setVolumePerYear(BigDecimal volumePerYear) {
		this.volumePerYear = volumePerYear;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getValuePerYear() {
		return valuePerYear;
	}

	public void setValuePerYear(BigDecimal valuePerYear) {
		this.valuePerYear = valuePerYear;
	}

	public boolean isFormal() {
		return formal;
	}

	public void setFormal(boolean formal) {
		this.formal = formal;
	}

	public boolean isCrossBorder() {
		return crossBorder;
	}

	public void setCrossBorder(boolean crossBorder) {
		this.crossBorder = crossBorder;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
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
