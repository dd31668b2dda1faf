package org.openasm.registry;

import org.openasm.shared.web.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry settings page: what the public register shows. The people who run the process decide it. */
@Controller
class RegistrySettingsPages {

	private final RegistryPublication publication;

	RegistrySettingsPages(RegistryPublication publication) {
		this.publication = publication;
	}

	@GetMapping("/workspaces/{workspaceId}/registry/settings")
	@Access.Secretariat
	String settings(@PathVariable long workspaceId, Model model) {
		model.addAttribute("settings", publication.settings(workspaceId));
		return "registry/settings";
	}

	@PostMapping("/workspaces/{workspaceId}/registry/settings")
	@Access.Secretariat
	String change(@PathVariable long workspaceId, @RequestParam(defaultValue = "false") boolean holderNamesPublic, RedirectAttributes redirect) {
		publication.change(workspaceId, new RegistryPublication.Settings(holderNamesPublic));
		redirect.addFlashAttribute("saved", "registry.settings.saved");
		return "redirect:/workspaces/" + workspaceId + "/registry/settings";
	}
}
