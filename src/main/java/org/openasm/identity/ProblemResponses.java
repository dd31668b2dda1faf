package org.openasm.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openasm.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the API as problem details in the caller's language, like every other API error. */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"OpenASM\"");
			write(response, HttpStatus.UNAUTHORIZED, "unauthorized", request.getLocale());
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "forbidden", request.getLocale());
	}

	private void write(HttpServletResponse response, HttpStatus status, String type, java.util.Locale locale) throws IOException {
		ProblemDetail problem = Problems.of(status, type, messages.getMessage("problem." + type + ".title", null, locale),
				messages.getMessage("problem." + type + ".detail", null, locale), List.of());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}
}
