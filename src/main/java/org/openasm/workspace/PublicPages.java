package org.openasm.workspace;

import java.util.List;
import java.util.Locale;
import org.openasm.shared.web.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The transparency pages: anyone, signed in or not, sees where each jurisdiction stands. */
@Controller
class PublicPages {

	private final WorkspaceManagement workspaces;

	private final Progress progress;

	PublicPages(WorkspaceManagement workspaces, Progress progress) {
		this.workspaces = workspaces;
		this.progress = progress;
	}

	@GetMapping("/public")
	@Access.Public
	String index(Model model) {
		model.addAttribute("workspaces", workspaces.all());
		return "workspace/public-list";
	}

	@GetMapping("/public/workspaces/{workspaceId}")
	@Access.Public
	String workspace(@PathVariable long workspaceId, Model model, Locale locale) {
		model.addAttribute("publicWorkspace", workspaces.get(workspaceId));
		List<StepProgress> steps = progress.of(workspaceId, locale);
		model.addAttribute("steps", steps);
		model.addAttribute("strip", PhaseProgress.of(steps));
		model.addAttribute("phases", Phase.values());
		return "workspace/public";
	}
}
