package org.openasm.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.context.SiteRegister;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.vision.TechniqueFacts;
import org.openasm.vision.VisionRecords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections of licences and mine sites, each recorded in one transaction with its findings and
 * corrective actions: the visit is not in the future, the licence and the site belong to the workspace,
 * every technique is one of the workspace's catalogue (its grade of the day is copied), a follow-up
 * visits the same licence or site on or after the inspection it follows and verifies only that
 * inspection's open actions. Observing an unacceptable technique opens an enforcement case
 * ({@link UnacceptableTechniqueOpensCase}). Cases and their sanctions are in {@link Enforcement}.
 */
@Service
class Inspections {

	private final InspectionRepository inspections;

	private final InspectionFindingRepository findings;

	private final CorrectiveActionRepository actions;

	private final EnforcementCaseRepository cases;

	private final LicenceRepository licences;

	private final SiteRegister sites;

	private final VisionRecords vision;

	private final SubmissionGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Inspections(InspectionRepository inspections, InspectionFindingRepository findings, CorrectiveActionRepository actions,
			EnforcementCaseRepository cases, LicenceRepository licences, SiteRegister sites, VisionRecords vision, SubmissionGuard guard,
			ApplicationEventPublisher events, Clock clock) {
		this.inspections = inspections;
		this.findings = findings;
		this.actions = actions;
		this.cases = cases;
		this.licences = licences;
		this.sites = sites;
		this.vision = vision;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<Inspection> inspections(long workspaceId, Pageable page) {
		return inspections.findByWorkspaceIdOrderByVisitedOnDescIdDesc(workspaceId, page);
	}

	@Transactional(readOnly = true)
	Inspection inspection(long workspaceId, long inspectionId) {
		return inspections.findByIdAndWorkspaceId(inspectionId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("Inspection", inspectionId));
	}

	@Transactional(readOnly = true)
	List<InspectionFinding> findings(long workspaceId, long inspectionId) {
		return findings.findByInspectionIdOrderByIdAsc(inspection(workspaceId, inspectionId).getId());
	}

	/** The actions the inspection required. */
	@Transactional(readOnly = true)
	List<CorrectiveAction> actionsRequiredBy(long workspaceId, long inspectionId) {
		return actions.findByInspectionIdOrderByIdAsc(inspection(workspaceId, inspectionId).getId());
	}

	/** The actions of earlier inspections that this one found done. */
	@Transactional(readOnly = true)
	List<CorrectiveAction> actionsVerifiedBy(long workspaceId, long inspectionId) {
		return actions.findByVerifiedByIdOrderByIdAsc(inspection(workspaceId, inspectionId).getId());
	}

	@Transactional(readOnly = true)
	List<Inspection> followUps(long workspaceId, long inspectionId) {
		return inspections.findByFollowUpOfOrderByVisitedOnAscIdAsc(inspection(workspaceId, inspectionId).getId());
	}

	@Transactional(readOnly = true)
	List<Inspection> ofLicence(long workspaceId, long licenceId) {
		return inspections.findByWorkspaceIdAndLicenceIdOrderByVisitedOnDescIdDesc(workspaceId, licenceId);
	}

	/** The corrective actions of the workspace: overdue ones (earliest due first), or all not yet done, or every one. */
	@Transactional(readOnly = true)
	Page<CorrectiveAction> actions(long workspaceId, boolean overdue, boolean openOnly, Pageable page) {
		if (overdue) {
			return actions.overdue(workspaceId, LocalDate.now(clock), page);
		}
		return openOnly ? actions.open(workspaceId, page) : actions.findByWorkspaceIdOrderByDueOnDescIdDesc(workspaceId, page);
	}

	@Transactional(readOnly = true)
	long overdueActions(long workspaceId) {
		return actions.countOverdue(workspaceId, LocalDate.now(clock));
	}

	@Transactional
	long record(long workspaceId, InspectionForm form) {
		return Long.parseLong(guard.once(form.getToken(), "registry-inspection:" + workspaceId, fingerprint(form), () -> {
			LocalDate today = LocalDate.now(clock);
			Long licenceId = licenceOf(workspaceId, form);
			Long siteId = form.getSiteId();
			if (siteId != null && sites.facts(workspaceId).stream().noneMatch(s -> s.id() == siteId)) {
				throw new DomainRuleViolation("siteId", "registry.inspection.site.unknown", siteId);
			}
			if (licenceId == null && siteId == null) {
				throw new DomainRuleViolation("licenceNumber", "registry.inspection.subject.required");
			}
			if (form.getVisitedOn().isAfter(today)) {
				throw new DomainRuleViolation("visitedOn", "registry.inspection.visitedOn.future", form.getVisitedOn());
			}
			Inspection followed = followedUp(workspaceId, form, licenceId, siteId);
			List<CorrectiveAction> verified = verified(followed, form.getVerifiedActionIds());
			List<InspectionForm.Action> required = requiredActions(form);
			List<Resolved> seen = resolve(workspaceId, form.getFindings());
			List<UnacceptableTechniqueOpensCase.Seen> facts = seen.stream()
				.map(r -> new UnacceptableTechniqueOpensCase.Seen(r.technique().grade(), r.finding().isObserved()))
				.toList();
			boolean unacceptable = UnacceptableTechniqueOpensCase.unacceptableObserved(facts);

			Inspection inspection = inspections.saveAndFlush(new Inspection(workspaceId, licenceId, siteId, form.getVisitedOn(),
					form.getInspector(), form.getSummary(), followed == null ? null : followed.getId(), unacceptable));
			for (Resolved r : seen) {
				findings.save(new InspectionFinding(inspection.getId(), r.technique().id(), r.technique().name(), r.technique().grade(),
						r.finding().isObserved(), r.finding().getNote()));
			}
			verified.forEach(a -> a.verifiedDone(inspection));
			List<EnforcementCase> open = openCases(workspaceId, licenceId, siteId);
			EnforcementCase enforcement = null;
			if (UnacceptableTechniqueOpensCase.opensCase(facts, !open.isEmpty())) {
				enforcement = cases.saveAndFlush(new EnforcementCase(inspection));
			}
			else if (unacceptable) {
				enforcement = open.get(0);
			}
			for (InspectionForm.Action a : required) {
				CorrectiveAction action = new CorrectiveAction(inspection, a.getDescription(), a.getDueOn());
				if (enforcement != null) {
					action.belongTo(enforcement.getId());
				}
				actions.save(action);
			}
			actions.flush();
			events.publishEvent(new InspectionRecorded(workspaceId, inspection.getId(), licenceId, siteId, inspection.getVisitedOn(), unacceptable));
			if (enforcement != null && enforcement.getInspectionId().equals(inspection.getId())) {
				events.publishEvent(new EnforcementCaseOpened(workspaceId, enforcement.getId(), inspection.getId()));
			}
			return inspection.getId().toString();
		}));
	}

	private static List<Object> fingerprint(InspectionForm form) {
		return Arrays.asList(form.getLicenceId(), form.getLicenceNumber(), form.getSiteId(), form.getVisitedOn(), form.getInspector(),
				form.getSummary(), form.getFollowUpOf(),
				form.getFindings().stream().map(f -> f.getTechniqueId() + ":" + f.isObserved() + ":" + f.getNote()).toList(),
				form.getActions().stream().map(a -> a.getDescription() + ":" + a.getDueOn()).toList(), form.getVerifiedActionIds());
	}

	private Long licenceOf(long workspaceId, InspectionForm form) {
		if (form.getLicenceId() != null) {
			Licence licence = licences.findByIdAndWorkspaceId(form.getLicenceId(), workspaceId)
				.orElseThrow(() -> new DomainRuleViolation("licenceNumber", "registry.inspection.licence.unknown", form.getLicenceId()));
			return licence.getId();
		}
		if (form.getLicenceNumber() != null && !form.getLicenceNumber().isBlank()) {
			String number = form.getLicenceNumber().strip();
			return licences.findByWorkspaceIdAndNumber(workspaceId, number)
				.orElseThrow(() -> new DomainRuleViolation("licenceNumber", "registry.inspection.licence.unknown", number))
				.getId();
		}
		return null;
	}

	private Inspection followedUp(long workspaceId, InspectionForm form, Long licenceId, Long siteId) {
		if (form.getFollowUpOf() == null) {
			if (!form.getVerifiedActionIds().isEmpty()) {
				throw new DomainRuleViolation("verifiedActionIds", "registry.inspection.verified.notFollowUp");
			}
			return null;
		}
		Inspection earlier = inspections.findByIdAndWorkspaceId(form.getFollowUpOf(), workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("followUpOf", "registry.inspection.followUp.unknown", form.getFollowUpOf()));
		boolean sameLicence = earlier.getLicenceId() != null && earlier.getLicenceId().equals(licenceId);
		boolean sameSite = earlier.getSiteId() != null && earlier.getSiteId().equals(siteId);
		if (!sameLicence && !sameSite) {
			throw new DomainRuleViolation("followUpOf", "registry.inspection.followUp.otherSubject", earlier.getId());
		}
		if (form.getVisitedOn().isBefore(earlier.getVisitedOn())) {
			throw new DomainRuleViolation("visitedOn", "registry.inspection.followUp.before", earlier.getVisitedOn());
		}
		return earlier;
	}

	private List<CorrectiveAction> verified(Inspection followed, List<Long> ids) {
		if (followed == null || ids.isEmpty()) {
			return List.of();
		}
		Map<Long, CorrectiveAction> open = actions.findByInspectionIdOrderByIdAsc(followed.getId())
			.stream()
			.filter(a -> !a.isDone())
			.collect(Collectors.toMap(CorrectiveAction::getId, Function.identity()));
		List<CorrectiveAction> verified = new ArrayList<>();
		for (Long id : new HashSet<>(ids)) {
			CorrectiveAction action = open.get(id);
			if (action == null) {
				throw new DomainRuleViolation("verifiedActionIds", "registry.inspection.verified.notOpen", id, followed.getId());
			}
			verified.add(action);
		}
		return verified;
	}

	private static List<InspectionForm.Action> requiredActions(InspectionForm form) {
		List<InspectionForm.Action> required = new ArrayList<>();
		for (int i = 0; i < form.getActions().size(); i++) {
			InspectionForm.Action a = form.getActions().get(i);
			if (a == null || a.blank()) {
				continue;
			}
			if (a.getDescription() == null || a.getDescription().isBlank()) {
				throw new DomainRuleViolation("actions[" + i + "].description", "registry.action.description.required");
			}
			if (a.getDueOn() == null) {
				throw new DomainRuleViolation("actions[" + i + "].dueOn", "registry.action.dueOn.required");
			}
			if (a.getDueOn().isBefore(form.getVisitedOn())) {
				throw new DomainRuleViolation("actions[" + i + "].dueOn", "registry.action.dueOn.beforeVisit", a.getDueOn(), form.getVisitedOn());
			}
			required.add(a);
		}
		return required;
	}

	private record Resolved(InspectionForm.Finding finding, TechniqueFacts technique) {
	}

	/** The findings worth keeping (a technique observed, or one with a note), each with its technique as graded today. */
	private List<Resolved> resolve(long workspaceId, List<InspectionForm.Finding> given) {
		Map<Long, TechniqueFacts> catalogue = vision.techniques(workspaceId, LocaleContextHolder.getLocale())
			.stream()
			.collect(Collectors.toMap(TechniqueFacts::id, Function.identity()));
		Set<Long> named = new HashSet<>();
		List<Resolved> kept = new ArrayList<>();
		for (InspectionForm.Finding f : given) {
			if (f == null || f.getTechniqueId() == null) {
				continue;
			}
			TechniqueFacts technique = catalogue.get(f.getTechniqueId());
			if (technique == null) {
				throw new DomainRuleViolation("findings", "registry.inspection.technique.unknown", f.getTechniqueId());
			}
			if (!named.add(technique.id())) {
				throw new DomainRuleViolation("findings", "registry.inspection.technique.twice", technique.name());
			}
			if (f.isObserved() || (f.getNote() != null && !f.getNote().isBlank())) {
				kept.add(new Resolved(f, technique));
			}
		}
		return kept;
	}

	private List<EnforcementCase> openCases(long workspaceId, Long licenceId, Long siteId) {
		if (licenceId != null) {
			return cases.findByWorkspaceIdAndLicenceIdAndStatus(workspaceId, licenceId, EnforcementStatus.OPEN);
		}
		return cases.findByWorkspaceIdAndSiteIdAndStatus(workspaceId, siteId, EnforcementStatus.OPEN);
	}
}
