package org.openasm.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with the field-level errors our clients read. */
public final class Problems {

	private Problems() {
	}

	public record FieldError(String field, String message) {
	}

	public static ProblemDetail of(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://openasm.org/problems/" + type));
		problem.setTitle(title);
		if (errors != null && !errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	public static ProblemDetail withProperties(ProblemDetail problem, Map<String, Object> properties) {
		properties.forEach(problem::setProperty);
		return problem;
	}
}
