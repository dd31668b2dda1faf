package org.openasm.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.shared.audit.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and licences, each change in one transaction. Whatever changes who holds which ground
 * (a submission, a decision, a grant, a status change) first locks the workspace's registry settings
 * row and takes the next spatial sequence number, so such changes happen one after another per
 * workspace and every spatial index sees them in commit order. Every change of a licence is also a
 * line of its history ({@link LicenceEvent}) and a public event ({@link LicenceGranted} …).
 */
@Service
class Licensing {

	static final List<LicenceStatus> HOLDING_GROUND = List.of(LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED);

	private final LicenceRepository licences;

	private final LicenceEventRepository history;

	private final ApplicationRepository applications;

	private final LicenceCategoryRepository categories;

	private final OperatorRepository operators;

	private final RegistrySettings settings;

	private final ApplicationEventPublisher events;

	private final ApplicationChecking checking;

	private final SubmissionGuard guard;

	private final Clock clock;

	Licensing(LicenceRepository licences, LicenceEventRepository history, ApplicationRepository applications, LicenceCategoryRepository categories,
			OperatorRepository operators, RegistrySettings settings, ApplicationEventPublisher events, ApplicationChecking checking,
			SubmissionGuard guard, Clock clock) {
		this.licences = licences;
		this.history = history;
		this.applications = applications;
		this.categories = categories;
		this.operators = operators;
		this.settings = settings;
		this.events = events;
		this.checking = checking;
		this.guard = guard;
		this.clock = clock;
	}

	// --- applications

	@Transactional(readOnly = true)
	Application application(long workspaceId, long applicationId) {
		return applications.findByIdAndWorkspaceId(applicationId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("Application", applicationId));
	}

	/** A page of the workspace's applications of this status (all when null), newest first. */
	@Transactional(readOnly = true)
	Page<Application> applications(long workspaceId, ApplicationStatus status, int page, int size) {
		List<ApplicationStatus> statuses = status == null ? List.of(ApplicationStatus.values()) : List.of(status);
		return applications.findByWorkspaceIdAndStatusIn(workspaceId, statuses, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
	}

	/** How many applications wait for a decision. */
	@Transactional(readOnly = true)
	long countPending(long workspaceId) {
		return applications.countByWorkspaceIdAndStatusIn(workspaceId, List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW));
	}

	/** Every check on the form's area and applicant, as a submission now would run them, without saving anything. */
	@Transactional(readOnly = true)
	List<CheckResult> preview(long workspaceId, ApplicationForm form) {
		Geometry area = AreaInput.read(form.getArea());
		return checking.check(workspaceId, area, form.getCategoryId(), form.getApplicantId(), Instant.now(clock), null);
	}

	/**
	 * Records an application: numbered, checked and stored with its checks, under the workspace's lock so
	 * its submission time orders it among the others. Refused, naming every failing check, when any check
	 * fails other than an earlier overlapping application: behind one it is recorded and waits, and
	 * cannot be approved while the earlier one is pending. The same token twice records one application.
	 */
	@Transactional
	long submit(long workspaceId, ApplicationForm form) {
		return Long.parseLong(guard.once(form.getToken(), "registry-application:" + workspaceId,
				Arrays.asList(form.getApplicantId(), form.getCategoryId(), form.getCommodity(), form.getArea()), () -> {
					Geometry area = AreaInput.read(form.getArea());
								RegistrySetting setting = settings.lock(workspaceId);
					Instant now = Instant.now(clock);
					List<CheckResult> checks = checking.check(workspaceId, area, form.getCategoryId(), form.getApplicantId(), now, null);
					List<CheckResult> refusing = checks.stream()
						.filter(c -> !c.passed() && !CheckResult.CLEAR_OF_EARLIER_APPLICATIONS.equals(c.rule()))
						.toList();
					if (!refusing.isEmpty()) {
						throw new ApplicationRefused("registry.application.refused", refusing);
					}
					String number = "APP-%d-%05d".formatted(LocalDate.now(clock).getYear(), setting.nextApplicationSeq());
					Application application = new Application(workspaceId, number, form.getApplicantId(), form.getCategoryId(), form.getCommodity(),
							Footprint.of(area), now, RecordedChecks.write(checks), setting.nextSpatialSeq());
					return applications.saveAndFlush(application).getId().toString();
				}));
	}

	/** The application runs its checks again now, for its page; nothing is saved. */
	@Transactional(readOnly = true)
	List<CheckResult> recheck(long workspaceId, long applicationId) {
		Application a = application(workspaceId, applicationId);
		return checking.check(workspaceId, a.footprint().geometry(), a.getCategoryId(), a.getApplicantId(), a.getSubmittedAt(), a.getId());
	}

	@Transactional
	void startReview(long workspaceId, long applicationId) {
		Application a = application(workspaceId, applicationId);
		if (a.getStatus() != ApplicationStatus.SUBMITTED) {
			throw new DomainRuleViolation("status", "registry.application.review.notSubmitted", a.getNumber(), shown(a.getStatus()));
		}
		a.startReview();
		applications.flush();
	}

	/**
	 * Grants the licence an application asks for, in one transaction: the workspace's lock, then every
	 * check again on the stored application (its own area excluded) against the index refreshed to the
	 * database, then the licence (ending after the category's duration), its GRANTED history line and the
	 * application marked approved. Two approvals of overlapping areas at the same moment: the second
	 * waits for the lock, then sees the first's licence and is refused naming it.
	 */
	@Transactional
	long approve(long workspaceId, long applicationId, ApprovalForm form) {
		RegistrySetting setting = settings.lock(workspaceId);
		Application a = application(workspaceId, applicationId);
		if (!a.getStatus().pending()) {
			throw new DomainRuleViolation("status", "registry.application.decided", a.getNumber(), shown(a.getStatus()));
		}
		if (form.getStartsOn() == null) {
			throw new DomainRuleViolation("startsOn", "registry.application.startsOn.required");
		}
		List<CheckResult> checks = checking.check(workspaceId, a.footprint().geometry(), a.getCategoryId(), a.getApplicantId(), a.getSubmittedAt(),
				a.getId());
		List<CheckResult> failures = checks.stream().filter(c -> !c.passed()).toList();
		if (!failures.isEmpty()) {
			throw new ApplicationRefused("registry.application.approval.refused", failures);
		}
		LicenceCategory category = categories.findByIdAndWorkspaceId(a.getCategoryId(), workspaceId).orElseThrow();
		String number = "ASM-%d-%06d".formatted(LocalDate.now(clock).getYear(), setting.nextLicenceSeq());
		long seq = setting.nextSpatialSeq();
		Licence licence = licences.saveAndFlush(new Licence(workspaceId, number, a.getId(), a.getApplicantId(), a.getCategoryId(), a.getCommodity(),
				a.footprint(), form.getStartsOn(), form.getStartsOn().plusMonths(category.getDurationMonths()), form.getConditions(), seq));
		a.decide(ApplicationStatus.APPROVED, null, Instant.now(clock), CurrentActor.name(), licence.getId(), seq);
		applications.flush();
		record(licence, LicenceEventKind.GRANTED, null, null);
		events.publishEvent(new LicenceGranted(workspaceId, licence.getId(), licence.getHolderId(), licence.getCategoryId(), licence.getCommodity(),
				licence.getAreaHectares(), licence.getStartsOn(), licence.getEndsOn()));
		return licence.getId();
	}

	/** Rejects a pending application with the reason the applicant is told; its ground is free for later applications. */
	@Transactional
	void reject(long workspaceId, long applicationId, String reason) {
		requireReason(reason);
		close(workspaceId, applicationId, ApplicationStatus.REJECTED, reason);
	}

	/** The applicant withdraws a pending application; its ground is free for later applications. */
	@Transactional
	void withdraw(long workspaceId, long applicationId, String reason) {
		close(workspaceId, applicationId, ApplicationStatus.WITHDRAWN, reason);
	}

	private void close(long workspaceId, long applicationId, ApplicationStatus status, String reason) {
		RegistrySetting setting = settings.lock(workspaceId);
		Application a = application(workspaceId, applicationId);
		if (!a.getStatus().pending()) {
			throw new DomainRuleViolation("status", "registry.application.decided", a.getNumber(), shown(a.getStatus()));
		}
		a.decide(status, reason, Instant.now(clock), CurrentActor.name(), null, setting.nextSpatialSeq());
		applications.flush();
	}

	// --- licences

	@Transactional(readOnly = true)
	Licence licence(long workspaceId, long licenceId) {
		return licences.findByIdAndWorkspaceId(licenceId, workspaceId).orElseThrow(() -> new RecordNotFoundException("Licence", licenceId));
	}

	/**
	 * Extends an active or suspended licence by its category's duration from its current end date. An
	 * expired or revoked licence is not renewed: its ground is free again, so the holder applies anew.
	 */
	@Transactional
	void renew(long workspaceId, long licenceId, RenewalForm form) {
		Licence licence = licence(workspaceId, licenceId);
		licence.checkVersion(form.getVersion());
		if (!licence.getStatus().holdsGround()) {
			throw new DomainRuleViolation("status", "registry.licence.renew.notHeld", licence.getNumber(), shown(licence.getStatus()));
		}
		LicenceCategory category = categories.findByIdAndWorkspaceId(licence.getCategoryId(), workspaceId).orElseThrow();
		licence.extendTo(licence.getEndsOn().plusMonths(category.getDurationMonths()));
		record(licence, LicenceEventKind.RENEWED, null, form.getReason());
		events.publishEvent(new LicenceRenewed(workspaceId, licenceId, licence.getEndsOn()));
	}

	/** Suspends an active licence; it keeps its ground. Called by enforcement too (a suspension sanction). */
	@Transactional
	void suspend(long workspaceId, long licenceId, String reason) {
		Licence licence = licence(workspaceId, licenceId);
		requireReason(reason);
		if (licence.getStatus() != LicenceStatus.ACTIVE) {
			throw new DomainRuleViolation("status", "registry.licence.suspend.notActive", licence.getNumber(), shown(licence.getStatus()));
		}
		changeStatus(workspaceId, licence, LicenceStatus.SUSPENDED);
		record(licence, LicenceEventKind.SUSPENDED, null, reason);
		events.publishEvent(new LicenceSuspended(workspaceId, licenceId, reason.strip()));
	}

	@Transactional
	void reinstate(long workspaceId, long licenceId, String reason) {
		Licence licence = licence(workspaceId, licenceId);
		if (licence.getStatus() != LicenceStatus.SUSPENDED) {
			throw new DomainRuleViolation("status", "registry.licence.reinstate.notSuspended", licence.getNumber(), shown(licence.getStatus()));
		}
		changeStatus(workspaceId, licence, LicenceStatus.ACTIVE);
		record(licence, LicenceEventKind.REINSTATED, null, reason);
		events.publishEvent(new LicenceReinstated(workspaceId, licenceId));
	}

	/** Revokes an active or suspended licence: its ground is free from now on. */
	@Transactional
	void revoke(long workspaceId, long licenceId, String reason) {
		Licence licence = licence(workspaceId, licenceId);
		requireReason(reason);
		if (!licence.getStatus().holdsGround()) {
			throw new DomainRuleViolation("status", "registry.licence.revoke.notHeld", licence.getNumber(), shown(licence.getStatus()));
		}
		changeStatus(workspaceId, licence, LicenceStatus.REVOKED);
		record(licence, LicenceEventKind.REVOKED, null, reason);
		events.publishEvent(new LicenceRevoked(workspaceId, licenceId, reason.strip()));
	}

	/**
	 * Passes an active or suspended licence to another operator of the workspace who is eligible for its
	 * category. The ground does not change, so no spatial sequence number is taken.
	 */
	@Transactional
	void transfer(long workspaceId, long licenceId, long newHolderId, String reason) {
		Licence licence = licence(workspaceId, licenceId);
		if (!licence.getStatus().holdsGround()) {
			throw new DomainRuleViolation("status", "registry.licence.transfer.notHeld", licence.getNumber(), shown(licence.getStatus()));
		}
		Operator holder = operators.findByIdAndWorkspaceId(newHolderId, workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("newHolderId", "registry.licence.transfer.unknownHolder", newHolderId));
		if (holder.getId().equals(licence.getHolderId())) {
			throw new DomainRuleViolation("newHolderId", "registry.licence.transfer.sameHolder", holder.getName());
		}
		LicenceCategory category = categories.findByIdAndWorkspaceId(licence.getCategoryId(), workspaceId).orElseThrow();
		if (!ApplicantEligible.eligible(category.getEligibility(), holder.getKind(), holder.getCitizenship())) {
			throw new DomainRuleViolation("newHolderId", "registry.licence.transfer.notEligible", holder.getName(), category.getName());
		}
		long from = licence.getHolderId();
		licence.transferTo(holder.getId());
		licences.flush();
		record(licence, LicenceEventKind.TRANSFERRED, from, reason);
		events.publishEvent(new LicenceTransferred(workspaceId, licenceId, from, holder.getId()));
	}

	/**
	 * Active and suspended licences whose end date is before {@code today} become expired (their ground
	 * is free). Returns how many. Safe to run on several instances at once: the second finds none due.
	 */
	@Transactional
	int expireDue(long workspaceId, LocalDate today) {
		List<Licence> due = licences.due(workspaceId, HOLDING_GROUND, today);
		if (due.isEmpty()) {
			return 0;
		}
		RegistrySetting setting = settings.lock(workspaceId);
		int expired = 0;
		for (Licence licence : licences.due(workspaceId, HOLDING_GROUND, today)) {
			licence.changeStatus(LicenceStatus.EXPIRED, setting.nextSpatialSeq());
			record(licence, LicenceEventKind.EXPIRED, null, null);
			events.publishEvent(new LicenceExpired(workspaceId, licence.getId(), licence.getEndsOn()));
			expired++;
		}
		return expired;
	}

	@Transactional(readOnly = true)
	List<Long> workspacesWithDue(LocalDate today) {
		return licences.workspacesWithDue(HOLDING_GROUND, today);
	}

	/**
	 * A page of the workspace's licences: with {@code expiringWithinDays}, the active and suspended ones
	 * ending within that many days from today (soonest first, the expiry list); otherwise those of the
	 * status (all when null), newest first.
	 */
	@Transactional(readOnly = true)
	Page<Licence> licences(long workspaceId, LicenceStatus status, Integer expiringWithinDays, int page, int size) {
		if (expiringWithinDays != null) {
			LocalDate until = LocalDate.now(clock).plusDays(Math.max(0, expiringWithinDays));
			List<LicenceStatus> statuses = status == null ? HOLDING_GROUND : HOLDING_GROUND.stream().filter(s -> s == status).toList();
			return licences.findByWorkspaceIdAndStatusInAndEndsOnLessThanEqual(workspaceId, statuses, until,
					PageRequest.of(page, size, Sort.by("endsOn", "id")));
		}
		List<LicenceStatus> statuses = status == null ? List.of(LicenceStatus.values()) : List.of(status);
		return licences.findByWorkspaceIdAndStatusIn(workspaceId, statuses, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
	}

	/** How many licences holding ground end within this many days from today. */
	@Transactional(readOnly = true)
	long countExpiring(long workspaceId, int days) {
		return licences.countByWorkspaceIdAndStatusInAndEndsOnLessThanEqual(workspaceId, HOLDING_GROUND, LocalDate.now(clock).plusDays(days));
	}

	@Transactional(readOnly = true)
	List<LicenceEvent> history(long workspaceId, long licenceId) {
		licence(workspaceId, licenceId);
		return history.findByLicenceIdOrderByOccurredAtAscIdAsc(licenceId);
	}

	private void changeStatus(long workspaceId, Licence licence, LicenceStatus status) {
		RegistrySetting setting = settings.lock(workspaceId);
		licence.changeStatus(status, setting.nextSpatialSeq());
		licences.flush();
	}

	private void record(Licence licence, LicenceEventKind kind, Long previousHolderId, String reason) {
		history.save(new LicenceEvent(licence, kind, Instant.now(clock), CurrentActor.name(), previousHolderId, reason));
	}

	/** A status as a message argument, read in the user's language. */
	static DefaultMessageSourceResolvable shown(Enum<?> status) {
		String prefix = status instanceof LicenceStatus ? "registry.licenceStatus." : "registry.applicationStatus.";
		return new DefaultMessageSourceResolvable(prefix + status.name());
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleViolation("reason", "registry.licence.reason.required");
		}
	}
}
