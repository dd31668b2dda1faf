package org.openasm.shared.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.StaleEditException;
import org.springframework.context.MessageSource;
import tools.jackson.databind.exc.MismatchedInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error as an RFC 9457 problem, in the caller's language (Accept-Language), naming the
 * field and the reason.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the page handler, which also matches REST controllers
class ApiExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalid(BindException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new Problems.FieldError(e.getField(), messages.getMessage(e, locale)))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalid(HandlerMethodValidationException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> new Problems.FieldError(r.getMethodParameter().getParameterName(), messages.getMessage(e, locale))))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(DomainRuleViolation.class)
	ProblemDetail rule(DomainRuleViolation ex) {
		String message = text(ex.messageKey(), ex.args());
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", text("problem.rule.title"), message,
				List.of(new Problems.FieldError(ex.field(), message)));
	}

	/** A refused import lists every wrong row as {@code rows[N].column}; nothing was saved. */
	@ExceptionHandler(ImportRejected.class)
	ProblemDetail importRejected(ImportRejected ex) {
		List<Problems.FieldError> errors = ex.errors()
			.stream()
			.map(e -> new Problems.FieldError("rows[" + e.row() + "]." + e.column(),
					text("import.row", e.row(), e.column(), text(e.messageKey(), e.args()))))
			.toList();
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", text("problem.import.title"),
				text("problem.import.detail", errors.size()), errors);
	}

	/** Malformed JSON is unreadable; a value of the wrong type (a number as text, an unknown role) names its field. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String field = fieldOf(ex);
		if (field == null) {
			return Problems.of(HttpStatus.BAD_REQUEST, "unreadable", text("problem.unreadable.title"),
					text("problem.unreadable.detail"), List.of());
		}
		String message = text("problem.mismatch.detail", field);
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid", text("problem.invalid.title"), message,
				List.of(new Problems.FieldError(field, message)));
	}

	private static String fieldOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException json && !json.getPath().isEmpty()) {
				String path = json.getPath()
					.stream()
					.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
					.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
					.orElse(null);
				return path;
			}
		}
		return null;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		String message = text("problem.mismatch.detail", ex.getName());
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid", text("problem.invalid.title"), message,
				List.of(new Problems.FieldError(ex.getName(), message)));
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found", text("problem.notFound.title"),
				text("problem.notFound.detail", ex.recordType(), String.valueOf(ex.recordId())), List.of());
	}

	@ExceptionHandler(StaleEditException.class)
	ProblemDetail stale(StaleEditException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneId.systemDefault())
			.format(ex.changedAt());
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "stale-edit", text("problem.stale.title"),
				text("stale.edit", ex.changedBy(), when), List.of());
		return Problems.withProperties(problem, Map.of("changedBy", ex.changedBy(), "changedAt", ex.changedAt().toString()));
	}

	/** Two saves of the same record overlapped: the version check in the database caught the second. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrent(OptimisticLockingFailureException ex) {
		return Problems.of(HttpStatus.CONFLICT, "stale-edit", text("problem.stale.title"), text("stale.concurrent"), List.of());
	}

	private ProblemDetail invalid(List<Problems.FieldError> errors) {
		return Problems.of(HttpStatus.BAD_REQUEST, "invalid", text("problem.invalid.title"), text("problem.invalid.detail"), errors);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
