package org.openasm.registry;

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

/** The licence categories page and its form: add, change and remove the kinds of licence the strategy assigns to types. */
@Controller
class RegistryPages {

	private final LicenceCategoryManagement categories;

	RegistryPages(LicenceCategoryManagement categories) {
		this.categories = categories;
	}

	private static String base(long workspaceId) {
		return "redirect:/workspaces/" + workspaceId + "/registry/categories";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/categories")
	@Access.WorkspaceMember
	String list(@PathVariable long workspaceId, Model model) {
		model.addAttribute("categories", categories.categories(workspaceId));
		return "registry/categories";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/categories/new")
	@Access.Secretariat
	String newCategory(@PathVariable long workspaceId, Model model) {
		LicenceCategoryForm form = new LicenceCategoryForm();
		form.setToken(UUID.randomUUID().toString());
		form.setEligibility(LicenceEligibility.CITIZENS);
		return form(null, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/categories/new")
	@Access.Secretariat
	String add(@PathVariable long workspaceId, @Valid @ModelAttribute("form") LicenceCategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> categories.add(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "registry.category.saved");
			return base(workspaceId);
		}
		return form(null, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/registry/categories/{categoryId}")
	@Access.Secretariat
	String editForm(@PathVariable long workspaceId, @PathVariable long categoryId, Model model) {
		LicenceCategory c = categories.category(workspaceId, categoryId);
		LicenceCategoryForm form = new LicenceCategoryForm();
		form.setName(c.getName());
		form.setDescription(c.getDescription());
		form.setEligibility(c.getEligibility());
		form.setMaxAreaHectares(c.getMaxAreaHectares());
		form.setDurationMonths(c.getDurationMonths());
		form.setZonesOnly(c.isZonesOnly());
		form.setApplicationFee(c.getApplicationFee());
		form.setAnnualFee(c.getAnnualFee());
		form.setVersion(c.getVersion());
		return form(categoryId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/categories/{categoryId}")
	@Access.Secretariat
	String edit(@PathVariable long workspaceId, @PathVariable long categoryId, @Valid @ModelAttribute("form") LicenceCategoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> categories.edit(workspaceId, categoryId, form))) {
			redirect.addFlashAttribute("saved", "registry.category.saved");
			return base(workspaceId);
		}
		return form(categoryId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/categories/{categoryId}/delete")
	@Access.Secretariat
	String remove(@PathVariable long workspaceId, @PathVariable long categoryId, RedirectAttributes redirect) {
		categories.remove(workspaceId, categoryId);
		redirect.addFlashAttribute("saved", "registry.category.removed");
		return base(workspaceId);
	}

	private String form(Long categoryId, LicenceCategoryForm form, Model model) {
		model.addAttribute("categoryId", categoryId);
		model.addAttribute("form", form);
		model.addAttribute("eligibilities", LicenceEligibility.values());
		return "registry/category-form";
	}
}
