package org.openasm.strategy;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.audit.RecordLinks;
import org.openasm.taskforce.AgencyInfo;
import org.openasm.taskforce.Agencies;
import org.openasm.vision.GoalFacts;
import org.openasm.vision.IssueFacts;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.TechniqueGrade;
import org.openasm.vision.VisionRecords;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a chosen instrument may refer to: techniques, issues and goals of the workspace's vision (an
 * instrument moves away from techniques graded unacceptable or poor, towards techniques graded good),
 * an agency of its task force as the lead, a cost not below zero, and stakeholder inputs of its forum.
 * Each refusal names the field and the record at fault.
 */
@Component
class ChosenInstrumentChecks {

	/** The entity name stakeholder inputs go by in the history and in record links. */
	static final String INPUT = "Input";

	private final VisionRecords vision;

	private final Agencies agencies;

	private final RecordLinks links;

	ChosenInstrumentChecks(VisionRecords vision, Agencies agencies, RecordLinks links) {
		this.vision = vision;
		this.agencies = agencies;
		this.links = links;
	}

	void check(long workspaceId, ChosenInstrumentForm form) {
		Map<Long, TechniqueFacts> techniques = vision.techniques(workspaceId, LocaleContextHolder.getLocale())
			.stream()
			.collect(Collectors.toMap(TechniqueFacts::id, Function.identity()));
		for (Long id : ids(form.getAwayFromTechniqueIds())) {
			TechniqueFacts t = known(techniques, id, "awayFromTechniqueIds", "strategy.chosen.technique.unknown");
			if (t.grade() != TechniqueGrade.UNACCEPTABLE && t.grade() != TechniqueGrade.POOR) {
				throw new DomainRuleViolation("awayFromTechniqueIds", "strategy.chosen.awayFrom.notBad", t.name());
			}
		}
		for (Long id : ids(form.getTowardsTechniqueIds())) {
			TechniqueFacts t = known(techniques, id, "towardsTechniqueIds", "strategy.chosen.technique.unknown");
			if (t.grade() != TechniqueGrade.GOOD) {
				throw new DomainRuleViolation("towardsTechniqueIds", "strategy.chosen.towards.notGood", t.name());
			}
		}
		Map<Long, IssueFacts> issues = vision.issues(workspaceId).stream().collect(Collectors.toMap(IssueFacts::id, Function.identity()));
		ids(form.getIssueIds()).forEach(id -> known(issues, id, "issueIds", "strategy.chosen.issue.unknown"));
		Map<Long, GoalFacts> goals = vision.goals(workspaceId).stream().collect(Collectors.toMap(GoalFacts::id, Function.identity()));
		ids(form.getGoalIds()).forEach(id -> known(goals, id, "goalIds", "strategy.chosen.goal.unknown"));
		if (form.getLeadAgencyId() != null && agencies.of(workspaceId).stream().map(AgencyInfo::id).noneMatch(form.getLeadAgencyId()::equals)) {
			throw new DomainRuleViolation("leadAgencyId", "strategy.chosen.agency.unknown", String.valueOf(form.getLeadAgencyId()));
		}
		if (form.getEstimatedCost() != null && form.getEstimatedCost().signum() < 0) {
			throw new DomainRuleViolation("estimatedCost", "strategy.chosen.cost.negative");
		}
		for (Long id : ids(form.getInputIds())) {
			if (id == null || links.find(workspaceId, INPUT, id).isEmpty()) {
				throw new DomainRuleViolation("inputIds", "strategy.chosen.input.unknown", String.valueOf(id));
			}
		}
	}

	private static Set<Long> ids(Set<Long> ids) {
		return ids == null ? Set.of() : ids;
	}

	private static <T> T known(Map<Long, T> records, Long id, String field, String key) {
		T found = id == null ? null : records.get(id);
		if (found == null) {
			throw new DomainRuleViolation(field, key, String.valueOf(id));
		}
		return found;
	}
}
