package org.openasm.geo;

import jakarta.validation.Valid;
import java.util.UUID;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AreaPages {

	private final AdministrativeAreas areas;

	AreaPages(AdministrativeAreas areas) {
		this.areas = areas;
	}

	@GetMapping("/workspaces/{workspaceId}/areas")
	@Access.WorkspaceMember
	String list(@PathVariable long workspaceId, Model model) {
		AreaForm form = new AreaForm();
		form.setToken(UUID.randomUUID().toString());
		return page(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/areas")
	@Access.Secretariat
	String add(@PathVariable long workspaceId, @Valid @ModelAttribute("form") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> areas.add(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "area.saved");
			return "redirect:/workspaces/" + workspaceId + "/areas";
		}
		return page(workspaceId, form, model);
	}

	private String page(long workspaceId, AreaForm form, Model model) {
		model.addAttribute("areas", areas.of(workspaceId));
		model.addAttribute("form", form);
		return "geo/areas";
	}
}
