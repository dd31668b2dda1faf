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

	private final org.springframework.context.MessageSource messages;

	AreaPages(AdministrativeAreas areas, org.springframework.context.MessageSource messages) {
		this.areas = areas;
		this.messages = messages;
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

	@PostMapping("/workspaces/{workspaceId}/areas/import")
	@Access.Secretariat
	String importAreas(@PathVariable long workspaceId, @org.springframework.web.bind.annotation.RequestParam("file")
			org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect, java.util.Locale locale)
			throws java.io.IOException {
		try {
			int count = areas.importGeoJson(workspaceId, file.getBytes());
			redirect.addFlashAttribute("savedText", messages.getMessage("areaImport.done", new Object[] { count }, locale));
		}
		catch (org.openasm.shared.ImportRejected ex) {
			redirect.addFlashAttribute("importErrors", ex.errors()
				.stream()
				.map(e -> messages.getMessage("areaImport.row", new Object[] { e.row(), e.column(),
						messages.getMessage(e.messageKey(), e.args(), locale) }, locale))
				.toList());
		}
		return "redirect:/workspaces/" + workspaceId + "/areas";
	}

	private String page(long workspaceId, AreaForm form, Model model) {
		model.addAttribute("areas", areas.of(workspaceId));
		model.addAttribute("form", form);
		return "geo/areas";
	}
}
