package org.openasm.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.openasm.vision.TechniqueGrade;

/**
 * One technique as an inspection found it: observed or not, with a note. The technique's name and grade
 * are copied as they were on the day, so a later regrading does not rewrite what the inspection meant.
 * Written once with its inspection and never changed.
 */
@Entity(name = "InspectionFinding")
@Table(name = "registry_inspection_finding")
class InspectionFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "inspection_id", nullable = false, updatable = false)
	private Long inspectionId;

	@Column(name = "technique_id", nullable = false, updatable = false)
	private Long techniqueId;

	@Column(name = "technique_name", nullable = false, length = 300, updatable = false)
	private String techniqueName;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, updatable = false)
	private TechniqueGrade grade;

	@Column(nullable = false, updatable = false)
	private boolean observed;

	@Column(length = 2000, updatable = false)
	private String note;

	protected InspectionFinding() {
	}

	InspectionFinding(long inspectionId, long techniqueId, String techniqueName, TechniqueGrade grade, boolean observed, String note) {
		this.inspectionId = inspectionId;
		this.techniqueId = techniqueId;
		this.techniqueName = techniqueName;
		this.grade = grade;
		this.observed = observed;
		this.note = note == null || note.isBlank() ? null : note.strip();
	}

	public Long getId() {
		return id;
	}

	public Long getInspectionId() {
		return inspectionId;
	}

	public Long getTechniqueId() {
		return techniqueId;
	}

	public String getTechniqueName() {
		return techniqueName;
	}

	public TechniqueGrade getGrade() {
		return grade;
	}

	public boolean isObserved() {
		return observed;
	}

	public String getNote() {
		return note;
	}
}
