package org.openasm.context;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.ImportRejected;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mine sites: the list with search, filters and an import, one site, its form, and the map. */
@Controller
class SitePages {

	static final int PAGE_SIZE = 50;

	private final SiteRegister register;

	private final AdministrativeAreas areas;

	private final MessageSource messages;

	SitePages(SiteRegister register, AdministrativeAreas areas, MessageSource messages) {
		this.register = register;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/workspaces/{workspaceId}/context/sites")
	@Access.Government
	String list(@PathVariable long workspaceId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Commodity commodity, @RequestParam(required = false) SiteDepositType depositType,
			@RequestParam(required = false) SiteLegalStatus legalStatus, @RequestParam(required = false) Long areaId,
			@RequestParam(defaultValue = "1") int page, Model model) {
		List<AreaInfo> areaList = register.areas(workspaceId);
		List<MineSite> shown = SiteFilter.apply(register.sites(workspaceId), q, commodity, depositType, legalStatus, areaId, areaList);
		int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		model.addAttribute("sites", shown.subList((current - 1) * PAGE_SIZE, Math.min(shown.size(), current * PAGE_SIZE)));
		model.addAttribute("total", shown.size());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("q", q);
		model.addAttribute("commodity", commodity);
		model.addAttribute("depositType", depositType);
		model.addAttribute("legalStatus", legalStatus);
		model.addAttribute("areaId", areaId);
		model.addAttribute("areas", areaList);
		model.addAttribute("areaNames", areaNames(areaList));
		choices(model);
		model.addAttribute("importColumns", SiteImport.COLUMNS);
		return "context/sites";
	}

	@PostMapping("/workspaces/{workspaceId}/context/sites/import")
	@Access.Secretariat
	String importSites(@PathVariable long workspaceId, @RequestParam("file") MultipartFile file, RedirectAttributes redirect,
			Locale locale) throws IOException {
		try {
			SiteRegister.Imported done = register.importFile(workspaceId, file.getBytes());
			redirect.addFlashAttribute("savedText",
					messages.getMessage("siteImport.done", new Object[] { done.added(), done.alreadyRecorded() }, locale));
		}
		catch (ImportRejected ex) {
			redirect.addFlashAttribute("importErrors", ex.describe(messages, locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/context/sites";
	}

	@GetMapping("/workspaces/{workspaceId}/context/sites/new")
	@Access.Secretariat
	String newSite(@PathVariable long workspaceId, Model model) {
		SiteForm form = new SiteForm();
		form.setToken(UUID.randomUUID().toString());
		return form(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/sites/new")
	@Access.Secretariat
	String add(@PathVariable long workspaceId, @Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = register.add(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "site.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/sites/" + id[0];
		}
		return form(workspaceId, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/context/sites/{siteId}")
	@Access.Government
	String detail(@PathVariable long workspaceId, @PathVariable long siteId, Model model) {
		MineSite site = register.site(workspaceId, siteId);
		List<AreaInfo> areaList = register.areas(workspaceId);
		model.addAttribute("site", site);
		model.addAttribute("areaTrail", trail(site.getAreaId(), areaList));
		model.addAttribute("impacts", site.getImpactSet().stream().map(Enum::name).toList());
		return "context/site";
	}

	@GetMapping("/workspaces/{workspaceId}/context/sites/{siteId}/edit")
	@Access.Secretariat
	String editForm(@PathVariable long workspaceId, @PathVariable long siteId, Model model) {
		model.addAttribute("siteId", siteId);
		return form(workspaceId, SiteForm.of(register.site(workspaceId, siteId)), model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/sites/{siteId}/edit")
	@Access.Secretariat
	String edit(@PathVariable long workspaceId, @PathVariable long siteId, @Valid @ModelAttribute("form") SiteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> register.edit(workspaceId, siteId, form))) {
			redirect.addFlashAttribute("saved", "site.saved");
			return "redirect:/workspaces/" + workspaceId + "/context/sites/" + siteId;
		}
		model.addAttribute("siteId", siteId);
		return form(workspaceId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/context/sites/{siteId}/delete")
	@Access.Secretariat
	String remove(@PathVariable long workspaceId, @PathVariable long siteId, RedirectAttributes redirect) {
		register.remove(workspaceId, siteId);
		redirect.addFlashAttribute("saved", "site.removed");
		return "redirect:/workspaces/" + workspaceId + "/context/sites";
	}

	@GetMapping("/workspaces/{workspaceId}/context/map")
	@Access.Government
	String map(@PathVariable long workspaceId, Model model, Locale locale) {
		choices(model);
		Map<String, String> labels = new LinkedHashMap<>();
		for (Enum<?> e : Commodity.values()) {
			labels.put(e.name(), messages.getMessage("commodity." + e.name(), null, locale));
		}
		model.addAttribute("commodityLabels", labels);
		model.addAttribute("mapText", Map.of("workers", messages.getMessage("site.workers", null, locale), "open",
				messages.getMessage("site.open", null, locale), "sites", messages.getMessage("sites.map.cluster", null, locale),
				"shown", messages.getMessage("sites.map.shown", null, locale)));
		return "context/sites-map";
	}

	@GetMapping("/workspaces/{workspaceId}/context/map/sites.geojson")
	@Access.Government
	@ResponseBody
	org.springframework.http.ResponseEntity<String> mapSites(@PathVariable long workspaceId) {
		return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("application/geo+json")).body(SiteGeoJson.of(register.sites(workspaceId)));
	}

	@GetMapping("/workspaces/{workspaceId}/context/map/areas.geojson")
	@Access.Government
	@ResponseBody
	org.springframework.http.ResponseEntity<String> mapAreas(@PathVariable long workspaceId) {
		return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("application/geo+json")).body(areas.boundariesGeoJson(workspaceId));
	}

	private String form(long workspaceId, SiteForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("areas", register.areas(workspaceId));
		model.addAttribute("bounded", register.hasBoundaries(workspaceId));
		choices(model);
		return "context/site-form";
	}

	private static void choices(Model model) {
		model.addAttribute("commodities", Arrays.asList(Commodity.values()));
		model.addAttribute("depositTypes", Arrays.asList(SiteDepositType.values()));
		model.addAttribute("mechanisations", Arrays.asList(SiteMechanisation.values()));
		model.addAttribute("scales", Arrays.asList(SiteScale.values()));
		model.addAttribute("legalStatuses", Arrays.asList(SiteLegalStatus.values()));
		model.addAttribute("impactChoices", Arrays.asList(SiteImpact.values()));
	}

	/** The area and those above it, from the region down, as names ("Northern Highlands › Kirru"). */
	private static String trail(Long areaId, List<AreaInfo> areas) {
		if (areaId == null) {
			return null;
		}
		Map<Long, AreaInfo> byId = new HashMap<>();
		areas.forEach(a -> byId.put(a.id(), a));
		AreaInfo area = byId.get(areaId);
		if (area == null) {
			return null;
		}
		return String.join(" › ", Arrays.stream(area.path().split("/"))
			.filter(s -> !s.isEmpty())
			.map(s -> byId.get(Long.parseLong(s)))
			.filter(java.util.Objects::nonNull)
			.map(AreaInfo::name)
			.toList());
	}

	private static Map<Long, String> areaNames(List<AreaInfo> areas) {
		Map<Long, String> names = new HashMap<>();
		areas.forEach(a -> names.put(a.id(), a.name()));
		return names;
	}
}
