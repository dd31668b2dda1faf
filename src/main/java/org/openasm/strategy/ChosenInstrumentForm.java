package org.openasm.strategy;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** An instrument chosen for a type: the techniques it moves away from and towards, the issues and goals it serves, the lead agency, the estimated cost, the stakeholder inputs that informed it and its target. */
public class ChosenInstrumentForm {

	@NotNull
	private Long instrumentId;

	private Set<Long> awayFromTechniqueIds = new LinkedHashSet<>();

	private Set<Long> towardsTechniqueIds = new LinkedHashSet<>();

	private Set<Long> issueIds = new LinkedHashSet<>();

	private Set<Long> goalIds = new LinkedHashSet<>();

	private Long leadAgencyId;

	@PositiveOrZero
	@Digits(integer = 14, fraction = 2)
	private BigDecimal estimatedCost;

	private Set<Long> inputIds = new LinkedHashSet<>();

	@Size(max = 2000)
	private String target;

	private Long version;

	private String token;

	public Long getInstrumentId() {
		return instrumentId;
	}

	public void setInstrumentId(Long instrumentId) {
		this.instrumentId = instrumentId;
	}

	public Set<Long> getAwayFromTechniqueIds() {
		return awayFromTechniqueIds;
	}

	public void setAwayFromTechniqueIds(Set<Long> awayFromTechniqueIds) {
		this.awayFromTechniqueIds = awayFromTechniqueIds;
	}

	public Set<Long> getTowardsTechniqueIds() {
		return towardsTechniqueIds;
	}

	public void setTowardsTechniqueIds(Set<Long> towardsTechniqueIds) {
		this.towardsTechniqueIds = towardsTechniqueIds;
	}

	public Set<Long> getIssueIds() {
		return issueIds;
	}

	public void setIssueIds(Set<Long> issueIds) {
		this.issueIds = issueIds;
	}

	public Set<Long> getGoalIds() {
		return goalIds;
	}

	public void setGoalIds(Set<Long> goalIds) {
		this.goalIds = goalIds;
	}

	public Long getLeadAgencyId() {
		return leadAgencyId;
	}

	public void setLeadAgencyId(Long leadAgencyId) {
		this.leadAgencyId = leadAgencyId;
	}

	public BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	public void setEstimatedCost(BigDecimal estimatedCost) {
		this.estimatedCost = estimatedCost;
	}

	public Set<Long> getInputIds() {
		return inputIds;
	}

	public void setInputIds(Set<Long> inputIds) {
		this.inputIds = inputIds;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target;
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
