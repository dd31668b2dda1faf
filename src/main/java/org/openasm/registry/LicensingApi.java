package org.openasm.registry;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openasm.context.Commodity;
import org.openasm.geo.GeoJson;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Licence applications and licences over HTTP. A submission is repeat-safe with Idempotency-Key; a
 * refusal (at submission or approval) is a problem whose errors name every failed check, as
 * {@code checks.RULE}. Lists are paginated ({@code page} from 1, {@code size} up to 200), in the registry’s one page shape ({@link RegisterPage}).
 */
@RestController
@Tag(name = "Registry: applications and licences", description = "Licence applications with their checks, the decisions on them, and the licences granted with their history")
class LicensingApi {

	static final int MAX_SIZE = 200;

	private final Licensing licensing;

	private final MessageSource messages;

	LicensingApi(Licensing licensing, MessageSource messages) {
		this.licensing = licensing;
		this.messages = messages;
	}

	/** One check with its reason in the caller's language. */
	record CheckView(String rule, boolean passed, String message) {
	}

	/** An application with its checks as recorded at submission; the area as a GeoJSON geometry. */
	record ApplicationView(long id, String number, ApplicationStatus status, long applicantId, long categoryId, Commodity commodity,
			BigDecimal areaHectares, Instant submittedAt, String decisionReason, Instant decidedAt, String decidedBy, Long licenceId, long version,
			List<CheckView> checks, @JsonRawValue String area) {
	}

	/** A licence; the area as a GeoJSON geometry. */
	record LicenceView(long id, String number, LicenceStatus status, long holderId, long categoryId, Commodity commodity, BigDecimal areaHectares,
			LocalDate startsOn, LocalDate endsOn, String conditions, Long applicationId, long version, @JsonRawValue String area) {
	}

	/** One line of a licence's history. */
	record EventView(LicenceEventKind kind, Instant occurredAt, String actor, LocalDate endsOn, Long holderId, Long previousHolderId,
			String reason) {
	}

	/** A decision's reason (rejection, withdrawal, suspension, reinstatement, revocation, transfer). */
	record ReasonBody(String reason) {
	}

	/** A transfer: the new holder and why. */
	record TransferBody(Long newHolderId, String reason) {
	}

	List<CheckView> views(List<CheckResult> checks) {
		Locale locale = LocaleContextHolder.getLocale();
		return checks.stream()
			.map(c -> new CheckView(c.rule(), c.passed(), messages.getMessage(c.messageKey(), c.args(), c.messageKey(), locale)))
			.toList();
	}

	ApplicationView view(Application a) {
		return new ApplicationView(a.getId(), a.getNumber(), a.getStatus(), a.getApplicantId(), a.getCategoryId(), a.getCommodity(),
				a.getAreaHectares(), a.getSubmittedAt(), a.getDecisionReason(), a.getDecidedAt(), a.getDecidedBy(), a.getLicenceId(), a.getVersion(),
				views(RecordedChecks.read(a.getChecks())), GeoJson.geometry(a.footprint().geometry()));
	}

	static LicenceView view(Licence l) {
		return new LicenceView(l.getId(), l.getNumber(), l.getStatus(), l.getHolderId(), l.getCategoryId(), l.getCommodity(), l.getAreaHectares(),
				l.getStartsOn(), l.getEndsOn(), l.getConditions(), l.getApplicationId(), l.getVersion(), GeoJson.geometry(l.footprint().geometry()));
	}

	/** Every failed check as an error of its own, named {@code checks.RULE}. */
	@ExceptionHandler(ApplicationRefused.class)
	ProblemDetail refused(ApplicationRefused ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldError> errors = ex.failures()
			.stream()
			.map(c -> new Problems.FieldError("checks." + c.rule(), messages.getMessage(c.messageKey(), c.args(), c.messageKey(), locale)))
			.toList();
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "application-refused", messages.getMessage("problem.rule.title", null, locale),
				messages.getMessage(ex.messageKey(), ex.args(), locale), errors);
	}

	static int size(int size) {
		return Math.max(1, Math.min(MAX_SIZE, size));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/applications")
	@Access.Government
	@Operation(summary = "The applications, newest first; filter by status")
	RegisterPage<ApplicationView> applications(@PathVariable long workspaceId, @RequestParam(required = false) ApplicationStatus status,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
		return RegisterPage.of(licensing.applications(workspaceId, status, Math.max(1, page) - 1, size(size)), this::view);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/applications")
	@Access.Cadastre
	@Operation(summary = "Submit an application; refused naming every failed check, except an earlier overlapping application, behind which it waits; repeat-safe with Idempotency-Key")
	ResponseEntity<ApplicationView> submit(@PathVariable long workspaceId, @Valid @RequestBody ApplicationForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = licensing.submit(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/applications/" + id))
			.body(view(licensing.application(workspaceId, id)));
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/applications/check")
	@Access.Cadastre
	@Operation(summary = "Run every check on an application without submitting it")
	List<CheckView> check(@PathVariable long workspaceId, @Valid @RequestBody ApplicationForm form) {
		return views(licensing.preview(workspaceId, form));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/applications/{applicationId}")
	@Access.Government
	@Operation(summary = "One application with its checks as recorded at submission")
	ApplicationView application(@PathVariable long workspaceId, @PathVariable long applicationId) {
		return view(licensing.application(workspaceId, applicationId));
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/applications/{applicationId}/review")
	@Access.Cadastre
	@Operation(summary = "Take a submitted application into review")
	ApplicationView review(@PathVariable long workspaceId, @PathVariable long applicationId) {
		licensing.startReview(workspaceId, applicationId);
		return application(workspaceId, applicationId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/applications/{applicationId}/approve")
	@Access.Cadastre
	@Operation(summary = "Approve: every check is run again under the workspace's lock, then the licence is granted; refused naming every failed check")
	ResponseEntity<LicenceView> approve(@PathVariable long workspaceId, @PathVariable long applicationId, @Valid @RequestBody ApprovalForm form) {
		long id = licensing.approve(workspaceId, applicationId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/licences/" + id)).body(licence(workspaceId, id));
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/applications/{applicationId}/reject")
	@Access.Cadastre
	@Operation(summary = "Reject a pending application, with the reason")
	ApplicationView reject(@PathVariable long workspaceId, @PathVariable long applicationId, @RequestBody ReasonBody body) {
		licensing.reject(workspaceId, applicationId, body.reason());
		return application(workspaceId, applicationId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/applications/{applicationId}/withdraw")
	@Access.Cadastre
	@Operation(summary = "Withdraw a pending application at the applicant's request")
	ApplicationView withdraw(@PathVariable long workspaceId, @PathVariable long applicationId, @RequestBody(required = false) ReasonBody body) {
		licensing.withdraw(workspaceId, applicationId, body == null ? null : body.reason());
		return application(workspaceId, applicationId);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/licences")
	@Access.Government
	@Operation(summary = "The licences, newest first; filter by status, or expiringWithinDays for the expiry list (soonest first)")
	RegisterPage<LicenceView> licences(@PathVariable long workspaceId, @RequestParam(required = false) LicenceStatus status,
			@RequestParam(required = false) Integer expiringWithinDays, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "50") int size) {
		return RegisterPage.of(licensing.licences(workspaceId, status, expiringWithinDays, Math.max(1, page) - 1, size(size)), LicensingApi::view);
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/licences/{licenceId}")
	@Access.Government
	@Operation(summary = "One licence")
	LicenceView licence(@PathVariable long workspaceId, @PathVariable long licenceId) {
		return view(licensing.licence(workspaceId, licenceId));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/licences/{licenceId}/history")
	@Access.Government
	@Operation(summary = "A licence's history, oldest first")
	List<EventView> history(@PathVariable long workspaceId, @PathVariable long licenceId) {
		return licensing.history(workspaceId, licenceId)
			.stream()
			.map(e -> new EventView(e.getKind(), e.getOccurredAt(), e.getActor(), e.getEndsOn(), e.getHolderId(), e.getPreviousHolderId(),
					e.getReason()))
			.toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/licences/{licenceId}/renew")
	@Access.Cadastre
	@Operation(summary = "Renew by the category's duration; send the version you read (the same renewal twice gets 409)")
	LicenceView renew(@PathVariable long workspaceId, @PathVariable long licenceId, @Valid @RequestBody RenewalForm form) {
		licensing.renew(workspaceId, licenceId, form);
		return licence(workspaceId, licenceId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/licences/{licenceId}/suspend")
	@Access.Cadastre
	@Operation(summary = "Suspend an active licence, with the reason")
	LicenceView suspend(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestBody ReasonBody body) {
		licensing.suspend(workspaceId, licenceId, body.reason());
		return licence(workspaceId, licenceId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/licences/{licenceId}/reinstate")
	@Access.Cadastre
	@Operation(summary = "Reinstate a suspended licence")
	LicenceView reinstate(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestBody(required = false) ReasonBody body) {
		licensing.reinstate(workspaceId, licenceId, body == null ? null : body.reason());
		return licence(workspaceId, licenceId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/licences/{licenceId}/revoke")
	@Access.Cadastre
	@Operation(summary = "Revoke an active or suspended licence, with the reason; its ground is free again")
	LicenceView revoke(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestBody ReasonBody body) {
		licensing.revoke(workspaceId, licenceId, body.reason());
		return licence(workspaceId, licenceId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/licences/{licenceId}/transfer")
	@Access.Cadastre
	@Operation(summary = "Transfer to another operator eligible for the licence's category")
	LicenceView transfer(@PathVariable long workspaceId, @PathVariable long licenceId, @RequestBody TransferBody body) {
		if (body.newHolderId() == null) {
			throw new org.openasm.shared.DomainRuleViolation("newHolderId", "registry.licence.transfer.holderRequired");
		}
		licensing.transfer(workspaceId, licenceId, body.newHolderId(), body.reason());
		return licence(workspaceId, licenceId);
	}
}
