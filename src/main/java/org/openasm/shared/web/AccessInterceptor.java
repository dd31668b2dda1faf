package org.openasm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Enforces the {@link Access} annotations before argument binding; see there for the rules. */
@Component
class AccessInterceptor implements HandlerInterceptor {

	private final AccessPolicy access;

	AccessInterceptor(AccessPolicy access) {
		this.access = access;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith("org.openasm")) {
			return true;
		}
		Long workspaceId = workspaceId(request);
		if (!allowed(method, workspaceId)) {
			throw new AccessDeniedException("Not allowed: " + request.getMethod() + " " + request.getRequestURI());
		}
		return true;
	}

	private boolean allowed(HandlerMethod method, Long workspaceId) {
		if (has(method, Access.Public.class)) {
			return true;
		}
		if (has(method, Access.SignedIn.class)) {
			return access.isSignedIn();
		}
		if (has(method, Access.SystemAdmin.class)) {
			return access.isSystemAdmin();
		}
		if (workspaceId == null) {
			return false;
		}
		if (has(method, Access.AnyRole.class)) {
			return access.anyRole(workspaceId);
		}
		if (has(method, Access.WorkspaceMember.class)) {
			return access.isStaff(workspaceId);
		}
		if (has(method, Access.Stakeholder.class)) {
			return access.hasRole(workspaceId, "STAKEHOLDER", "ADMIN", "SECRETARIAT");
		}
		if (has(method, Access.Government.class)) {
			return access.hasRole(workspaceId, "ADMIN", "SECRETARIAT", "MEMBER", "OFFICER");
		}
		if (has(method, Access.Cadastre.class)) {
			return access.hasRole(workspaceId, "ADMIN", "SECRETARIAT", "OFFICER");
		}
		if (has(method, Access.Secretariat.class)) {
			return access.hasRole(workspaceId, "ADMIN", "SECRETARIAT");
		}
		if (has(method, Access.WorkspaceAdmin.class)) {
			return access.hasRole(workspaceId, "ADMIN");
		}
		return false;
	}

	private static boolean has(HandlerMethod method, Class<? extends Annotation> annotation) {
		return method.hasMethodAnnotation(annotation);
	}

	private static Long workspaceId(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null || !variables.containsKey("workspaceId")) {
			return null;
		}
		try {
			return Long.valueOf(variables.get("workspaceId"));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
