package org.openasm.strategy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The coherence check after every change to the strategy over the API: each successful POST, PUT or
 * DELETE under {@code /api/v1/workspaces/{id}/strategy} or {@code …/licence-categories} answers with
 * the headers {@code OpenASM-Coherence-Blocking} and {@code OpenASM-Coherence-Warnings} (the counts
 * after the change) and a {@code Link} to the full report, whatever the body.
 */
@ControllerAdvice
class CoherenceHeaders implements ResponseBodyAdvice<Object> {

	static final String BLOCKING = "OpenASM-Coherence-Blocking";

	static final String WARNINGS = "OpenASM-Coherence-Warnings";

	private static final Pattern CHANGED = Pattern.compile("^/api/v1/workspaces/(\\d+)/(strategy|licence-categories)(/.*)?$");

	private final CoherenceCheck check;

	CoherenceHeaders(CoherenceCheck check) {
		this.check = check;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
		if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD || request.getMethod() == HttpMethod.OPTIONS) {
			return body;
		}
		Matcher path = CHANGED.matcher(request.getURI().getPath());
		if (!path.matches() || (response instanceof ServletServerHttpResponse servlet && servlet.getServletResponse().getStatus() >= 400)) {
			return body;
		}
		long workspaceId = Long.parseLong(path.group(1));
		CoherenceReport report = check.check(workspaceId, Locale.ENGLISH);
		response.getHeaders().set(BLOCKING, String.valueOf(report.blockingCount()));
		response.getHeaders().set(WARNINGS, String.valueOf(report.warningCount()));
		response.getHeaders().add("Link", "</api/v1/workspaces/" + workspaceId + "/strategy/coherence>; rel=\"coherence\"");
		return body;
	}
}
