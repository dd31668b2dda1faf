package org.openasm.workspace;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.AccessPolicy;
import org.openasm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class WorkspacePages {

	/** Where a stakeholder-only user lands instead of the dashboard: their forum's portal (stakeholders module). */
	static final String STAKEHOLDER_PORTAL = "portal";

	private final WorkspaceManagement workspaces;

	private final Progress progress;

	private final AccessPolicy access;

	private final java.util.List<DashboardNotices> notices;

	WorkspacePages(WorkspaceManagement workspaces, Progress progress, AccessPolicy access, java.util.List<DashboardNotices> notices) {
		this.workspaces = workspaces;
		this.progress = progress;
		this.access = access;
		this.notices = notices;
	}

	@GetMapping("/workspaces")
	@Access.SignedIn
	String list(Model model) {
		model.addAttribute("workspaces", workspaces.all().stream().filter(w -> access.anyRole(w.id())).toList());
		model.addAttribute("canCreate", access.isSystemAdmin());
		return "workspace/list";
	}

	@GetMapping("/workspaces/new")
	@Access.SystemAdmin
	String newForm(Model model) {
		WorkspaceForm form = new WorkspaceForm();
		form.setToken(UUID.randomUUID().toString());
		model.addAttribute("form", form);
		return "workspace/form";
	}

	@PostMapping("/workspaces/new")
	@Access.SystemAdmin
	String create(@Valid @ModelAttribute("form") WorkspaceForm form, BindingResult result) {
		long[] created = new long[1];
		if (FormErrors.attempt(result, () -> created[0] = workspaces.create(form, false))) {
			return "redirect:/workspaces/" + created[0];
		}
		return "workspace/form";
	}

	@GetMapping("/workspaces/{workspaceId}")
	@Access.AnyRole
	String dashboard(@PathVariable long workspaceId, Model model) {
		if (!access.isStaff(workspaceId)) {
			return "redirect:/workspaces/" + workspaceId + "/" + STAKEHOLDER_PORTAL;
		}
		model.addAttribute("notices", notices.stream().flatMap(n -> n.notices(workspaceId).stream()).toList());
		// The steps and the phase strip come from WorkspaceNavigation, which assessed them for this page.
		return "workspace/dashboard";
	}

	@GetMapping("/workspaces/{workspaceId}/steps/{code}")
	@Access.WorkspaceMember
	String step(@PathVariable long workspaceId, @PathVariable String code, Model model, Locale locale) {
		Step step = Step.ofCode(code).orElseThrow(() -> new org.openasm.shared.RecordNotFoundException("Step", code));
		model.addAttribute("progress", progress.of(workspaceId, step, locale));
		model.addAttribute("outputs", java.util.Arrays.stream(Output.values()).filter(o -> o.step() == step).toList());
		return "workspace/step";
	}

	@GetMapping("/workspaces/{workspaceId}/edit")
	@Access.WorkspaceAdmin
	String editForm(@PathVariable long workspaceId, Model model) {
		model.addAttribute("form", WorkspaceForm.of(workspaces.entity(workspaceId)));
		return "workspace/form";
	}

	@PostMapping("/workspaces/{workspaceId}/edit")
	@Access.WorkspaceAdmin
	String edit(@PathVariable long workspaceId, @Valid @ModelAttribute("form") WorkspaceForm form, BindingResult result) {
		if (FormErrors.attempt(result, () -> workspaces.describe(workspaceId, form))) {
			return "redirect:/workspaces/" + workspaceId;
		}
		return "workspace/form";
	}
}
