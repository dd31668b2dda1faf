package org.openasm.typology;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openasm.context.SiteFacts;
import org.openasm.context.SiteRegister;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.StaleEditException;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.openasm.workspace.Progress;
import org.openasm.workspace.Step;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of step 2.2 about types: the hub, a type's profile and form, the dimensions with their
 * values per site, and the sites not typed with the overrides that fix them.
 */
@Controller
class TypologyPages {

	private final TypologyManagement typology;

	private final Prioritisation priorities;

	private final TypeProfiles profiles;

	private final SiteTyping typing;

	private final SiteRegister sites;

	private final Progress progress;

	private final MessageSource messages;

	TypologyPages(TypologyManagement typology, Prioritisation priorities, TypeProfiles profiles, SiteTyping typing, SiteRegister sites,
			Progress progress, MessageSource messages) {
		this.typology = typology;
		this.priorities = priorities;
		this.profiles = profiles;
		this.typing = typing;
		this.sites = sites;
		this.progress = progress;
		this.messages = messages;
	}

	@GetMapping("/workspaces/{workspaceId}/types")
	@Access.Government
	String hub(@PathVariable long workspaceId, Model model, Locale locale) {
		TypeProfiles.Profiles all = profiles.profiles(workspaceId, locale);
		List<DimensionView> dimensions = DimensionView.all(typology.dimensions(workspaceId));
		Map<Long, String> definitions = new HashMap<>();
		all.profiles().forEach(p -> definitions.put(p.id(), DimensionView.describe(p.accepted(), dimensions, messages, locale)));
		model.addAttribute("progress", progress.of(workspaceId, Step.TYPES_AND_PRIORITIES, locale));
		model.addAttribute("profiles", all.profiles());
		model.addAttribute("definitions", definitions);
		model.addAttribute("sites", all.typing().sites());
		model.addAttribute("unassigned", all.typing().count(TypeAssignment.Outcome.UNASSIGNED));
		model.addAttribute("ambiguous", all.typing().count(TypeAssignment.Outcome.AMBIGUOUS));
		model.addAttribute("customDimensions", typology.dimensions(workspaceId).size());
		model.addAttribute("overrides", typology.overrides(workspaceId).size());
		Analysis analysis = priorities.analysis(workspaceId, null);
		model.addAttribute("analysis", analysis);
		PriorityPages.recordedStatus(workspaceId, priorities, model);
		return "typology/hub";
	}

	// Types

	@GetMapping("/workspaces/{workspaceId}/types/new")
	@Access.Secretariat
	String newType(@PathVariable long workspaceId, Model model) {
		TypeForm form = new TypeForm();
		form.setToken(UUID.randomUUID().toString());
		return typeForm(workspaceId, null, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/new")
	@Access.Secretariat
	String addType(@PathVariable long workspaceId, @Valid @ModelAttribute("form") TypeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = typology.addType(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "typology.type.saved");
			return "redirect:/workspaces/" + workspaceId + "/types/" + id[0];
		}
		return typeForm(workspaceId, null, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/types/{typeId}")
	@Access.Government
	String profile(@PathVariable long workspaceId, @PathVariable long typeId, Model model, Locale locale) {
		SectorType type = typology.type(workspaceId, typeId);
		TypeProfiles.Profiles all = profiles.profiles(workspaceId, locale);
		List<DimensionView> dimensions = DimensionView.all(typology.dimensions(workspaceId));
		Analysis analysis = priorities.analysis(workspaceId, null);
		model.addAttribute("type", type);
		model.addAttribute("profile", all.of(typeId).orElseThrow());
		model.addAttribute("definition", DimensionView.describe(type.getAccepted(), dimensions, messages, locale));
		model.addAttribute("analysis", analysis);
		model.addAttribute("overrides", typology.overrides(workspaceId).stream().filter(o -> o.getType().getId() == typeId).toList());
		return "typology/profile";
	}

	@GetMapping("/workspaces/{workspaceId}/types/{typeId}/edit")
	@Access.Secretariat
	String editTypeForm(@PathVariable long workspaceId, @PathVariable long typeId, Model model) {
		return typeForm(workspaceId, typeId, TypeForm.of(typology.type(workspaceId, typeId)), model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/{typeId}/edit")
	@Access.Secretariat
	String editType(@PathVariable long workspaceId, @PathVariable long typeId, @Valid @ModelAttribute("form") TypeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> typology.editType(workspaceId, typeId, form))) {
			redirect.addFlashAttribute("saved", "typology.type.saved");
			return "redirect:/workspaces/" + workspaceId + "/types/" + typeId;
		}
		return typeForm(workspaceId, typeId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/{typeId}/delete")
	@Access.Secretariat
	String removeType(@PathVariable long workspaceId, @PathVariable long typeId, RedirectAttributes redirect, Locale locale) {
		try {
			typology.removeType(workspaceId, typeId);
			redirect.addFlashAttribute("saved", "typology.type.removed");
			return "redirect:/workspaces/" + workspaceId + "/types";
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
			return "redirect:/workspaces/" + workspaceId + "/types/" + typeId;
		}
	}

	private String typeForm(long workspaceId, Long typeId, TypeForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("typeId", typeId);
		model.addAttribute("dimensions", DimensionView.all(typology.dimensions(workspaceId)));
		return "typology/type-form";
	}

	// Dimensions

	@GetMapping("/workspaces/{workspaceId}/types/dimensions")
	@Access.Government
	String dimensions(@PathVariable long workspaceId, Model model) {
		DimensionForm form = new DimensionForm();
		form.setToken(UUID.randomUUID().toString());
		return dimensions(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/dimensions")
	@Access.Secretariat
	String addDimension(@PathVariable long workspaceId, @Valid @ModelAttribute("form") DimensionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = typology.addDimension(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "typology.dimension.saved");
			return "redirect:/workspaces/" + workspaceId + "/types/dimensions/" + id[0];
		}
		return dimensions(workspaceId, form, model);
	}

	private String dimensions(long workspaceId, DimensionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("dimensions", DimensionView.all(typology.dimensions(workspaceId)));
		return "typology/dimensions";
	}

	@GetMapping("/workspaces/{workspaceId}/types/dimensions/{dimensionId}")
	@Access.Government
	String dimension(@PathVariable long workspaceId, @PathVariable long dimensionId, Model model) {
		return dimension(workspaceId, dimensionId, DimensionForm.of(typology.dimension(workspaceId, dimensionId)), model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/dimensions/{dimensionId}")
	@Access.Secretariat
	String editDimension(@PathVariable long workspaceId, @PathVariable long dimensionId, @Valid @ModelAttribute("form") DimensionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> typology.editDimension(workspaceId, dimensionId, form))) {
			redirect.addFlashAttribute("saved", "typology.dimension.saved");
			return "redirect:/workspaces/" + workspaceId + "/types/dimensions/" + dimensionId;
		}
		return dimension(workspaceId, dimensionId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/types/dimensions/{dimensionId}/delete")
	@Access.Secretariat
	String removeDimension(@PathVariable long workspaceId, @PathVariable long dimensionId, RedirectAttributes redirect, Locale locale) {
		try {
			typology.removeDimension(workspaceId, dimensionId);
			redirect.addFlashAttribute("saved", "typology.dimension.removed");
			return "redirect:/workspaces/" + workspaceId + "/types/dimensions";
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
			return "redirect:/workspaces/" + workspaceId + "/types/dimensions/" + dimensionId;
		}
	}

	/** Sets one site's value; a refusal (unknown value, stale version) comes back above the form. */
	@PostMapping("/workspaces/{workspaceId}/types/dimensions/{dimensionId}/values")
	@Access.Secretariat
	String setValue(@PathVariable long workspaceId, @PathVariable long dimensionId, @ModelAttribute SiteValueForm form,
			RedirectAttributes redirect, Locale locale) {
		try {
			typology.setValue(workspaceId, dimensionId, form);
			redirect.addFlashAttribute("saved", "typology.value.saved");
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage("typology.value.stale", new Object[] { ex.changedBy() }, locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/types/dimensions/" + dimensionId + "#values";
	}

	@PostMapping("/workspaces/{workspaceId}/types/dimensions/{dimensionId}/import")
	@Access.Secretariat
	String importValues(@PathVariable long workspaceId, @PathVariable long dimensionId, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			TypologyManagement.Imported imported = typology.importValues(workspaceId, dimensionId, reader);
			redirect.addFlashAttribute("savedText",
					messages.getMessage("typology.import.done", new Object[] { imported.set(), imported.unchanged() }, locale));
		}
		catch (ImportRejected ex) {
			redirect.addFlashAttribute("importErrors", ex.describe(messages, locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/types/dimensions/" + dimensionId + "#values";
	}

	private String dimension(long workspaceId, long dimensionId, DimensionForm form, Model model) {
		CustomDimension d = typology.dimension(workspaceId, dimensionId);
		Map<Long, String> names = new HashMap<>();
		List<SiteFacts> all = sites.facts(workspaceId);
		all.forEach(s -> names.put(s.id(), s.name()));
		model.addAttribute("dimension", d);
		model.addAttribute("form", form);
		model.addAttribute("values", typology.values(workspaceId, dimensionId));
		model.addAttribute("siteNames", names);
		model.addAttribute("allSites", all);
		return "typology/dimension";
	}

	// Sites not typed, and overrides

	@GetMapping("/workspaces/{workspaceId}/types/problems")
	@Access.Government
	String problems(@PathVariable long workspaceId, @RequestParam(required = false) Long siteId, Model model, Locale locale) {
		OverrideForm form = new OverrideForm();
		form.setSiteId(siteId);
		form.setToken(UUID.randomUUID().toString());
		return problems(workspaceId, form, model, locale);
	}

	/** Where a refused override leaves the browser; switching language there must still work. */
	@GetMapping("/workspaces/{workspaceId}/types/overrides")
	@Access.Government
	String overridesPage(@PathVariable long workspaceId) {
		return "redirect:/workspaces/" + workspaceId + "/types/problems";
	}

	@PostMapping("/workspaces/{workspaceId}/types/overrides")
	@Access.Secretariat
	String addOverride(@PathVariable long workspaceId, @Valid @ModelAttribute("form") OverrideForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (FormErrors.attempt(result, () -> typology.addOverride(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "typology.override.saved");
			return "redirect:/workspaces/" + workspaceId + "/types/problems";
		}
		return problems(workspaceId, form, model, locale);
	}

	@PostMapping("/workspaces/{workspaceId}/types/overrides/{overrideId}/delete")
	@Access.Secretariat
	String removeOverride(@PathVariable long workspaceId, @PathVariable long overrideId, RedirectAttributes redirect) {
		typology.removeOverride(workspaceId, overrideId);
		redirect.addFlashAttribute("saved", "typology.override.removed");
		return "redirect:/workspaces/" + workspaceId + "/types/problems";
	}

	/**
	 * The sites not typed, one by one. This page reads the site register (it must name each site); the
	 * hub and readiness only count.
	 */
	private String problems(long workspaceId, OverrideForm form, Model model, Locale locale) {
		SiteTyping.Typing t = typing.typing(workspaceId);
		List<DimensionView> dimensions = DimensionView.all(typology.dimensions(workspaceId));
		List<SiteFacts> all = sites.facts(workspaceId);
		Map<Long, String> names = new HashMap<>();
		all.forEach(s -> names.put(s.id(), s.name()));
		Map<Long, String> typeNames = new HashMap<>();
		typology.types(workspaceId).forEach(x -> typeNames.put(x.getId(), x.getName()));
		List<ProblemSite> problemSites = new java.util.ArrayList<>();
		java.util.Set<Long> apart = new java.util.HashSet<>(t.typeOfSite().keySet());
		t.problems().stream().filter(p -> p.siteId() != null).forEach(p -> apart.add(p.siteId()));
		for (SiteTyping.Problem p : t.problems()) {
			String values = DimensionView.describe(asSets(p.values()), dimensions, messages, locale);
			String tied = String.join(", ", p.tied().stream().map(typeNames::get).toList());
			if (p.siteId() != null) {
				problemSites.add(new ProblemSite(p.siteId(), p.siteName(), p.outcome().name(), values, tied));
				continue;
			}
			for (SiteFacts s : all) {
				if (java.util.Objects.equals(s.areaId(), p.areaId()) && s.commodity().name().equals(p.values().get("commodity"))
						&& s.depositType().equals(p.values().get("deposit")) && s.mechanisation().equals(p.values().get("mechanisation"))
						&& s.scale().equals(p.values().get("scale")) && !apart.contains(s.id())) {
					problemSites.add(new ProblemSite(s.id(), s.name(), p.outcome().name(), values, tied));
				}
			}
		}
		problemSites.sort(java.util.Comparator.comparing(ProblemSite::name, String.CASE_INSENSITIVE_ORDER));
		model.addAttribute("form", form);
		model.addAttribute("problemSites", problemSites);
		model.addAttribute("sites", t.sites());
		model.addAttribute("overrides", typology.overrides(workspaceId));
		model.addAttribute("siteNames", names);
		model.addAttribute("allSites", all);
		model.addAttribute("types", typology.types(workspaceId));
		return "typology/problems";
	}

	/** A site not typed: why (UNASSIGNED or AMBIGUOUS), its values in words, and the tied types. */
	public record ProblemSite(long id, String name, String outcome, String values, String tied) {
	}

	private static Map<String, java.util.Set<String>> asSets(Map<String, String> values) {
		Map<String, java.util.Set<String>> sets = new java.util.LinkedHashMap<>();
		values.forEach((k, v) -> sets.put(k, java.util.Set.of(v)));
		return sets;
	}
}
