package org.openasm.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An inspection as the page or an API body gives it: the licence (by id or number) and/or the site
 * visited, the date, who inspected, the techniques seen, the corrective actions required and, for a
 * follow-up, which of the earlier inspection's actions were found done. The rules are checked by
 * {@link Inspections} and refused with the field named.
 */
public class InspectionForm {

	private String token;

	private Long licenceId;

	@Size(max = 30)
	private String licenceNumber;

	private Long siteId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate visitedOn;

	@NotBlank
	@Size(max = 200)
	private String inspector;

	@Size(max = 4000)
	private String summary;

	private Long followUpOf;

	@Valid
	private List<Finding> findings = new ArrayList<>();

	@Valid
	private List<Action> actions = new ArrayList<>();

	private List<Long> verifiedActionIds = new ArrayList<>();

	/** One technique: whether it was seen, and a note. */
	public static class Finding {

		private Long techniqueId;

		private boolean observed;

		@Size(max = 2000)
		private String note;

		public Finding() {
		}

		public Finding(Long techniqueId, boolean observed, String note) {
			this.techniqueId = techniqueId;
			this.observed = observed;
			this.note = note;
		}

		public Long getTechniqueId() {
			return techniqueId;
		}

		public void setTechniqueId(Long techniqueId) {
			this.techniqueId = techniqueId;
		}

		public boolean isObserved() {
			return observed;
		}

		public void setObserved(boolean observed) {
			this.observed = observed;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}
	}

	/** A corrective action required, by a date; a row left blank on the page is ignored. */
	public static class Action {

		@Size(max = 2000)
		private String description;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		public Action() {
		}

		public Action(String description, LocalDate dueOn) {
			this.description = description;
			this.dueOn = dueOn;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public LocalDate getDueOn() {
			return dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

		boolean blank() {
			return (description == null || description.isBlank()) && dueOn == null;
		}
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public Long getLicenceId() {
		return licenceId;
	}

	public void setLicenceId(Long licenceId) {
		this.licenceId = licenceId;
	}

	public String getLicenceNumber() {
		return licenceNumber;
	}

	public void setLicenceNumber(String licenceNumber) {
		this.licenceNumber = licenceNumber;
	}

	public Long getSiteId() {
		return siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public void setVisitedOn(LocalDate visitedOn) {
		this.visitedOn = visitedOn;
	}

	public String getInspector() {
		return inspector;
	}

	public void setInspector(String inspector) {
		this.inspector = inspector;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getFollowUpOf() {
		return followUpOf;
	}

	public void setFollowUpOf(Long followUpOf) {
		this.followUpOf = followUpOf;
	}

	public List<Finding> getFindings() {
		return findings;
	}

	public void setFindings(List<Finding> findings) {
		this.findings = findings == null ? new ArrayList<>() : findings;
	}

	public List<Action> getActions() {
		return actions;
	}

	public void setActions(List<Action> actions) {
		this.actions = actions == null ? new ArrayList<>() : actions;
	}

	public List<Long> getVerifiedActionIds() {
		return verifiedActionIds;
	}

	public void setVerifiedActionIds(List<Long> verifiedActionIds) {
		this.verifiedActionIds = verifiedActionIds == null ? new ArrayList<>() : verifiedActionIds;
	}
}
