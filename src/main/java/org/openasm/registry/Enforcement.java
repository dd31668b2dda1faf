package org.openasm.registry;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.shared.audit.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement cases: their sanctions and their closing. A suspension is the licence's suspension by
 * {@link Licensing#suspend} in the same transaction, so the sanction and the licence's history never
 * disagree (a licence that is not active refuses, and nothing is recorded). A case closes only when each
 * of its corrective actions has been verified done by a follow-up inspection.
 */
@Service
class Enforcement {

	private final EnforcementCaseRepository cases;

	private final CorrectiveActionRepository actions;

	private final SanctionRepository sanctions;

	private final Licensing licensing;

	private final SubmissionGuard guard;

	private final Clock clock;

	Enforcement(EnforcementCaseRepository cases, CorrectiveActionRepository actions, SanctionRepository sanctions, Licensing licensing,
			SubmissionGuard guard, Clock clock) {
		this.cases = cases;
		this.actions = actions;
		this.sanctions = sanctions;
		this.licensing = licensing;
		this.guard = guard;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<EnforcementCase> cases(long workspaceId, EnforcementStatus status, Pageable page) {
		return status == null ? cases.findByWorkspaceIdOrderByOpenedOnDescIdDesc(workspaceId, page)
				: cases.findByWorkspaceIdAndStatusOrderByOpenedOnDescIdDesc(workspaceId, status, page);
	}

	@Transactional(readOnly = true)
	EnforcementCase enforcementCase(long workspaceId, long caseId) {
		return cases.findByIdAndWorkspaceId(caseId, workspaceId).orElseThrow(() -> new RecordNotFoundException("EnforcementCase", caseId));
	}

	@Transactional(readOnly = true)
	List<EnforcementCase> openedBy(long inspectionId) {
		return cases.findByInspectionId(inspectionId);
	}

	@Transactional(readOnly = true)
	List<CorrectiveAction> actions(long workspaceId, long caseId) {
		return actions.findByCaseIdOrderByIdAsc(enforcementCase(workspaceId, caseId).getId());
	}

	@Transactional(readOnly = true)
	List<Sanction> sanctions(long workspaceId, long caseId) {
		return sanctions.findByCaseIdOrderByImposedAtAscIdAsc(enforcementCase(workspaceId, caseId).getId());
	}

	@Transactional(readOnly = true)
	long openCases(long workspaceId) {
		return cases.countByWorkspaceIdAndStatus(workspaceId, EnforcementStatus.OPEN);
	}

	@Transactional
	long sanction(long workspaceId, long caseId, SanctionForm form) {
		return Long.parseLong(guard.once(form.getToken(), "registry-sanction:" + workspaceId + ":" + caseId,
				Arrays.asList(form.getKind(), form.getAmount(), form.getReason()), () -> {
					EnforcementCase enforcement = enforcementCase(workspaceId, caseId);
					SanctionAllowed.check(enforcement.getStatus(), enforcement.getLicenceId(), form.getKind(), form.getAmount());
					if (form.getKind() == SanctionKind.SUSPENSION) {
						licensing.suspend(workspaceId, enforcement.getLicenceId(), form.getReason());
					}
					Sanction sanction = new Sanction(enforcement, form.getKind(),
							form.getAmount() == null ? null : form.getAmount().setScale(2, RoundingMode.HALF_UP), form.getReason(),
							LocalDate.now(clock), Instant.now(clock), CurrentActor.name());
					return sanctions.saveAndFlush(sanction).getId().toString();
				}));
	}

	@Transactional
	void close(long workspaceId, long caseId, String note, Long version) {
		EnforcementCase enforcement = enforcementCase(workspaceId, caseId);
		enforcement.checkVersion(version);
		if (enforcement.getStatus() == EnforcementStatus.CLOSED) {
			throw new DomainRuleViolation("note", "registry.case.alreadyClosed");
		}
		long open = actions.findByCaseIdOrderByIdAsc(caseId).stream().filter(a -> !a.isDone()).count();
		if (open > 0) {
			throw new DomainRuleViolation("note", "registry.case.actionsOpen", open);
		}
		if (note == null || note.isBlank()) {
			throw new DomainRuleViolation("note", "registry.case.note.required");
		}
		enforcement.close(LocalDate.now(clock), note);
		cases.flush();
	}
}
