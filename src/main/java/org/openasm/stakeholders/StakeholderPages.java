package org.openasm.stakeholders;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The stakeholder map: the influence/interest grid, the list with search and filters, and the forms. */
@Controller
class StakeholderPages {

	private final StakeholderRegister register;

	private final ForumManagement forum;

	private final Consultation consultation;

	private final MessageSource messages;

	StakeholderPages(StakeholderRegister register, ForumManagement forum, Consultation consultation, MessageSource messages) {
		this.register = register;
		this.forum = forum;
		this.consultation = consultation;
		this.messages = messages;
	}

	@GetMapping("/workspaces/{workspaceId}/stakeholders")
	@Access.Government
	String map(@PathVariable long workspaceId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long areaId, Model model,
			Locale locale) {
		List<AreaInfo> areas = register.areas(workspaceId);
		List<Stakeholder> shown = StakeholderFilter.apply(register.stakeholders(workspaceId), q, categoryId, areaId, areas);
		model.addAttribute("stakeholders", shown);
		model.addAttribute("grid", grid(shown));
		model.addAttribute("quadrants", quadrants(shown));
		model.addAttribute("q", q);
		model.addAttribute("categoryId", categoryId);
		model.addAttribute("areaId", areaId);
		return page(workspaceId, model, locale, areas, null);
	}

	@PostMapping("/workspaces/{workspaceId}/stakeholders/categories")
	@Access.Secretariat
	String addCategory(@PathVariable long workspaceId, @Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> register.addCategory(workspaceId, form, locale))) {
			redirect.addFlashAttribute("saved", "category.saved");
			return "redirect:/workspaces/" + workspaceId + "/stakeholders#categories";
		}
		List<Stakeholder> all = register.stakeholders(workspaceId);
		model.addAttribute("stakeholders", all);
		model.addAttribute("grid", grid(all));
		model.addAttribute("quadrants", quadrants(all));
		return page(workspaceId, model, locale, register.areas(workspaceId), form);
	}

	/** Where a refused "add a category" leaves the browser; switching language there must still work. */
	@GetMapping("/workspaces/{workspaceId}/stakeholders/categories")
	@Access.Government
	String categories(@PathVariable long workspaceId) {
		return "redirect:/workspaces/" + workspaceId + "/stakeholders#categories";
	}

	@GetMapping("/workspaces/{workspaceId}/stakeholders/new")
	@Access.Secretariat
	String newStakeholder(@PathVariable long workspaceId, Model model, Locale locale) {
		StakeholderForm form = new StakeholderForm();
		form.setToken(UUID.randomUUID().toString());
		return form(workspaceId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/stakeholders/new")
	@Access.Secretariat
	String add(@PathVariable long workspaceId, @Valid @ModelAttribute("form") StakeholderForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = register.add(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "stakeholder.saved");
			return "redirect:/workspaces/" + workspaceId + "/stakeholders/" + id[0];
		}
		return form(workspaceId, form, model, locale);
	}

	@GetMapping("/workspaces/{workspaceId}/stakeholders/{stakeholderId}")
	@Access.Government
	String detail(@PathVariable long workspaceId, @PathVariable long stakeholderId, Model model, Locale locale) {
		Stakeholder stakeholder = register.stakeholder(workspaceId, stakeholderId);
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("categoryLabel", register.label(stakeholder.getCategory(), locale));
		model.addAttribute("area", register.areas(workspaceId).stream().filter(a -> stakeholder.getAreaId() != null
				&& a.id() == stakeholder.getAreaId()).findFirst().orElse(null));
		model.addAttribute("inputs", consultation.inputsOf(stakeholder));
		model.addAttribute("attended", forum.allAttendance(workspaceId)
			.stream()
			.filter(a -> a.getStakeholder() != null && a.getStakeholder().getId().equals(stakeholder.getId()))
			.sorted(Comparator.comparing((Attendance a) -> a.getMeeting().getHeldOn()).reversed())
			.toList());
		return "stakeholders/detail";
	}

	@GetMapping("/workspaces/{workspaceId}/stakeholders/{stakeholderId}/edit")
	@Access.Secretariat
	String editForm(@PathVariable long workspaceId, @PathVariable long stakeholderId, Model model, Locale locale) {
		model.addAttribute("stakeholderId", stakeholderId);
		return form(workspaceId, StakeholderForm.of(register.stakeholder(workspaceId, stakeholderId)), model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/stakeholders/{stakeholderId}/edit")
	@Access.Secretariat
	String edit(@PathVariable long workspaceId, @PathVariable long stakeholderId, @Valid @ModelAttribute("form") StakeholderForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> register.edit(workspaceId, stakeholderId, form))) {
			redirect.addFlashAttribute("saved", "stakeholder.saved");
			return "redirect:/workspaces/" + workspaceId + "/stakeholders/" + stakeholderId;
		}
		model.addAttribute("stakeholderId", stakeholderId);
		return form(workspaceId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/stakeholders/{stakeholderId}/delete")
	@Access.Secretariat
	String remove(@PathVariable long workspaceId, @PathVariable long stakeholderId, RedirectAttributes redirect, Locale locale) {
		try {
			register.remove(workspaceId, stakeholderId);
			redirect.addFlashAttribute("saved", "stakeholder.removed");
			return "redirect:/workspaces/" + workspaceId + "/stakeholders";
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
			return "redirect:/workspaces/" + workspaceId + "/stakeholders/" + stakeholderId;
		}
	}

	private String page(long workspaceId, Model model, Locale locale, List<AreaInfo> areas, CategoryForm categoryForm) {
		model.addAttribute("categories", labelled(workspaceId, locale));
		model.addAttribute("areas", areas);
		model.addAttribute("areaNames", areaNames(areas));
		CategoryForm form = categoryForm;
		if (form == null) {
			form = new CategoryForm();
			form.setToken(UUID.randomUUID().toString());
		}
		model.addAttribute("categoryForm", form);
		return "stakeholders/map";
	}

	private String form(long workspaceId, StakeholderForm form, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("categories", labelled(workspaceId, locale));
		model.addAttribute("areas", register.areas(workspaceId));
		return "stakeholders/form";
	}

	/** Categories with their names in the reader's language, the guidance's first, then the workspace's own. */
	private Map<Long, String> labelled(long workspaceId, Locale locale) {
		Map<Long, String> labels = new java.util.LinkedHashMap<>();
		register.categories(workspaceId).forEach(c -> labels.put(c.getId(), register.label(c, locale)));
		return labels;
	}

	private static Map<Long, String> areaNames(List<AreaInfo> areas) {
		Map<Long, String> names = new java.util.HashMap<>();
		areas.forEach(a -> names.put(a.id(), a.name()));
		return names;
	}

	/** One box of the 5×5 grid and who is in it. */
	record GridCell(int influence, int interest, GridQuadrant quadrant, List<Stakeholder> stakeholders) {
	}

	/** The 5×5 grid, influence 5 at the top row, interest 1 at the left column. */
	static List<List<GridCell>> grid(List<Stakeholder> stakeholders) {
		List<List<GridCell>> rows = new java.util.ArrayList<>();
		for (int influence = 5; influence >= 1; influence--) {
			List<GridCell> row = new java.util.ArrayList<>();
			for (int interest = 1; interest <= 5; interest++) {
				int inf = influence;
				int intr = interest;
				row.add(new GridCell(inf, intr, GridQuadrant.of(inf, intr),
						stakeholders.stream().filter(s -> s.getInfluence() == inf && s.getInterest() == intr).toList()));
			}
			rows.add(row);
		}
		return rows;
	}

	static Map<GridQuadrant, List<Stakeholder>> quadrants(List<Stakeholder> stakeholders) {
		Map<GridQuadrant, List<Stakeholder>> byQuadrant = new EnumMap<>(GridQuadrant.class);
		for (GridQuadrant q : GridQuadrant.values()) {
			byQuadrant.put(q, stakeholders.stream().filter(s -> s.getQuadrant() == q).toList());
		}
		return byQuadrant;
	}
}
