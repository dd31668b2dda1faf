package org.openasm.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that never reach a controller (an unknown API path, a wrong method, an unsupported content
 * type) still answer API callers in the problem-detail shape, in their language. Pages keep the
 * usual error page.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	ApiErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
		if (path == null || !path.toString().startsWith("/api/")) {
			return attributes;
		}
		int status = attributes.get("status") instanceof Integer code ? code : 500;
		HttpStatus known = HttpStatus.resolve(status);
		String reason = known == null ? String.valueOf(status) : known.getReasonPhrase();
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://openasm.org/problems/http-" + status);
		problem.put("title", messages.getMessage("problem.http." + status + ".title", null, reason, LocaleContextHolder.getLocale()));
		problem.put("status", status);
		problem.put("detail", messages.getMessage("problem.http." + status + ".detail", null,
				messages.getMessage("problem.http.detail", null, LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()));
		problem.put("instance", path.toString());
		return problem;
	}
}
