package org.openasm.shared.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.StaleEditException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** Puts domain refusals on a form, next to the field they concern, so the page can say why. */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Runs a save if the form is valid. Returns true when it went through; otherwise the reason (a
	 * stale version, a domain rule) is on the form and the caller shows the form again.
	 */
	public static boolean attempt(BindingResult result, Runnable save) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			save.run();
			return true;
		}
		catch (StaleEditException ex) {
			stale(result, ex);
		}
		catch (DomainRuleViolation ex) {
			rule(result, ex);
		}
		return false;
	}

	public static void stale(BindingResult result, StaleEditException ex) {
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZoneId.systemDefault())
			.format(ex.changedAt());
		result.reject("stale.edit", new Object[] { ex.changedBy(), when }, "Changed by " + ex.changedBy() + " — reload");
	}

	public static void rule(BindingResult result, DomainRuleViolation ex) {
		if (ex.field() != null && result.getFieldType(ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
	}
}
