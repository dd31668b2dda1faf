package org.openasm.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openasm.shared.web.AccessPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every page inside a workspace its navigation: the workspace and the eleven steps with their
 * status, grouped by phase in the layout.
 */
@ControllerAdvice(annotations = Controller.class)
class WorkspaceNavigation {

	private final WorkspaceManagement workspaces;

	private final Progress progress;

	private final AccessPolicy access;

	WorkspaceNavigation(WorkspaceManagement workspaces, Progress progress, AccessPolicy access) {
		this.workspaces = workspaces;
		this.progress = progress;
		this.access = access;
	}

	@ModelAttribute
	void navigation(HttpServletRequest request, Model model, Locale locale) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null || !variables.containsKey("workspaceId") || request.getRequestURI().startsWith("/public")
				|| request.getRequestURI().startsWith("/api/")) {
			return;
		}
		long id;
		try {
			id = Long.parseLong(variables.get("workspaceId"));
		}
		catch (NumberFormatException ex) {
			return;
		}
		if (!access.anyRole(id)) {
			return;
		}
		if (!access.isStaff(id)) {
			// Outside stakeholders see their forum's portal, not the strategy's steps.
			workspaces.find(id).ifPresent(w -> model.addAttribute("workspace", w));
			return;
		}
		workspaces.find(id).ifPresent(w -> {
			model.addAttribute("workspace", w);
			List<StepProgress> steps = progress.of(id, locale);
			model.addAttribute("nav", steps);
			model.addAttribute("strip", PhaseProgress.of(steps));
			model.addAttribute("phases", Phase.values());
		});
	}
}
