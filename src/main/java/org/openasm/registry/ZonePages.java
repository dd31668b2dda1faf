package org.openasm.registry;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.openasm.context.Commodity;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.web.Access;
import org.openasm.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The ASM zones and protected areas pages: lists (paginated, with a map that loads only what is in
 * view), one zone with its occupancy and one protected area with the licences over it, forms to draw,
 * type or paste an area, GeoJSON imports, and the map features every registry map reads.
 */
@Controller
class ZonePages {

	private final ZoneManagement zones;

	private final RegistryMapFeatures features;

	private final MessageSource messages;

	ZonePages(ZoneManagement zones, RegistryMapFeatures features, MessageSource messages) {
		this.zones = zones;
		this.features = features;
		this.messages = messages;
	}

	// The map

	@GetMapping("/workspaces/{workspaceId}/registry/map/features")
	@Access.Government
	@ResponseBody
	ResponseEntity<String> mapFeatures(@PathVariable long workspaceId, @RequestParam(required = false) String bbox,
			@RequestParam(required = false) String layers, Locale locale) {
		try {
			String body = features.features(workspaceId, RegistryMapFeatures.bbox(bbox), RegistryMapFeatures.layers(layers),
					(kind, status) -> messages.getMessage((kind == SpatialIndex.Kind.APPLICATION ? "registry.applicationStatus." : "registry.licenceStatus.")
							+ status, null, status, locale));
			return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(body);
		}
		catch (DomainRuleViolation ex) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
	}

	// Zones

	@GetMapping("/workspaces/{workspaceId}/registry/zones")
	@Access.Government
	String list(@PathVariable long workspaceId, @RequestParam(defaultValue = "1") int page, Model model) {
		Page<Zone> shown = zones.zones(workspaceId, page - 1);
		model.addAttribute("zones", shown.getContent());
		model.addAttribute("occupancy", zones.occupancies(workspaceId, shown.getContent()));
		model.addAttribute("page", shown.getNumber() + 1);
		model.addAttribute("pages", Math.max(1, shown.getTotalPages()));
		model.addAttribute("total", shown.getTotalElements());
		model.addAttribute("importToken", UUID.randomUUID().toString());
		return "registry/zones";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/zones/new")
	@Access.Cadastre
	String newZone(@PathVariable long workspaceId, Model model) {
		ZoneForm form = new ZoneForm();
		form.setToken(UUID.randomUUID().toString());
		return zoneForm(null, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/zones/new")
	@Access.Cadastre
	String addZone(@PathVariable long workspaceId, @Valid @ModelAttribute("form") ZoneForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = zones.addZone(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "registry.zone.saved");
			return "redirect:/workspaces/" + workspaceId + "/registry/zones/" + id[0];
		}
		return zoneForm(null, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/registry/zones/{zoneId}")
	@Access.Government
	String zone(@PathVariable long workspaceId, @PathVariable long zoneId, Model model) {
		Zone zone = zones.zone(workspaceId, zoneId);
		model.addAttribute("zone", zone);
		model.addAttribute("occupancy", zones.occupancy(workspaceId, zone));
		model.addAttribute("bounds", bounds(zone.footprint()));
		return "registry/zone";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/zones/{zoneId}/edit")
	@Access.Cadastre
	String editZoneForm(@PathVariable long workspaceId, @PathVariable long zoneId, Model model) {
		Zone zone = zones.zone(workspaceId, zoneId);
		ZoneForm form = new ZoneForm();
		form.setName(zone.getName());
		form.setCode(zone.getCode());
		form.setDescription(zone.getDescription());
		form.setCommodity(zone.getCommodity());
		form.setMaxLicences(zone.getMaxLicences());
		form.setArea(org.openasm.geo.GeoJson.geometry(zone.footprint().geometry()));
		form.setVersion(zone.getVersion());
		return zoneForm(zoneId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/zones/{zoneId}/edit")
	@Access.Cadastre
	String editZone(@PathVariable long workspaceId, @PathVariable long zoneId, @Valid @ModelAttribute("form") ZoneForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> zones.editZone(workspaceId, zoneId, form))) {
			redirect.addFlashAttribute("saved", "registry.zone.saved");
			return "redirect:/workspaces/" + workspaceId + "/registry/zones/" + zoneId;
		}
		return zoneForm(zoneId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/zones/{zoneId}/delete")
	@Access.Cadastre
	String removeZone(@PathVariable long workspaceId, @PathVariable long zoneId, RedirectAttributes redirect, Locale locale) {
		try {
			zones.removeZone(workspaceId, zoneId);
			redirect.addFlashAttribute("saved", "registry.zone.removed");
			return "redirect:/workspaces/" + workspaceId + "/registry/zones";
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
			return "redirect:/workspaces/" + workspaceId + "/registry/zones/" + zoneId;
		}
	}

	@PostMapping("/workspaces/{workspaceId}/registry/zones/import")
	@Access.Cadastre
	String importZones(@PathVariable long workspaceId, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String token, RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			int count = zones.importZones(workspaceId, file.getBytes(), token);
			redirect.addFlashAttribute("savedText", messages.getMessage("registry.zone.imported", new Object[] { count }, locale));
		}
		catch (ImportRejected ex) {
			redirect.addFlashAttribute("importErrors", ex.describe(messages, locale));
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/registry/zones";
	}

	private String zoneForm(Long zoneId, ZoneForm form, Model model) {
		model.addAttribute("zoneId", zoneId);
		model.addAttribute("form", form);
		model.addAttribute("commodities", Arrays.asList(Commodity.values()));
		return "registry/zone-form";
	}

	// Protected areas

	@GetMapping("/workspaces/{workspaceId}/registry/protected-areas")
	@Access.Government
	String protectedAreas(@PathVariable long workspaceId, @RequestParam(defaultValue = "1") int page, Model model) {
		Page<ProtectedArea> shown = zones.protectedAreas(workspaceId, page - 1);
		model.addAttribute("areas", shown.getContent());
		model.addAttribute("page", shown.getNumber() + 1);
		model.addAttribute("pages", Math.max(1, shown.getTotalPages()));
		model.addAttribute("total", shown.getTotalElements());
		model.addAttribute("importToken", UUID.randomUUID().toString());
		return "registry/protected-areas";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/protected-areas/new")
	@Access.Cadastre
	String newProtectedArea(@PathVariable long workspaceId, Model model) {
		ProtectedAreaForm form = new ProtectedAreaForm();
		form.setToken(UUID.randomUUID().toString());
		return protectedAreaForm(null, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/protected-areas/new")
	@Access.Cadastre
	String addProtectedArea(@PathVariable long workspaceId, @Valid @ModelAttribute("form") ProtectedAreaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long[] id = new long[1];
		if (FormErrors.attempt(result, () -> id[0] = zones.addProtectedArea(workspaceId, form))) {
			redirect.addFlashAttribute("saved", "registry.protected.saved");
			return "redirect:/workspaces/" + workspaceId + "/registry/protected-areas/" + id[0];
		}
		return protectedAreaForm(null, form, model);
	}

	@GetMapping("/workspaces/{workspaceId}/registry/protected-areas/{areaId}")
	@Access.Government
	String protectedArea(@PathVariable long workspaceId, @PathVariable long areaId, Model model) {
		ProtectedArea area = zones.protectedArea(workspaceId, areaId);
		model.addAttribute("area", area);
		model.addAttribute("licences", zones.licencesOverlapping(workspaceId, area));
		model.addAttribute("bounds", bounds(area.footprint()));
		return "registry/protected-area";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/protected-areas/{areaId}/edit")
	@Access.Cadastre
	String editProtectedAreaForm(@PathVariable long workspaceId, @PathVariable long areaId, Model model) {
		ProtectedArea area = zones.protectedArea(workspaceId, areaId);
		ProtectedAreaForm form = new ProtectedAreaForm();
		form.setName(area.getName());
		form.setDesignation(area.getDesignation());
		form.setArea(org.openasm.geo.GeoJson.geometry(area.footprint().geometry()));
		form.setVersion(area.getVersion());
		return protectedAreaForm(areaId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/protected-areas/{areaId}/edit")
	@Access.Cadastre
	String editProtectedArea(@PathVariable long workspaceId, @PathVariable long areaId, @Valid @ModelAttribute("form") ProtectedAreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormErrors.attempt(result, () -> zones.editProtectedArea(workspaceId, areaId, form))) {
			redirect.addFlashAttribute("saved", "registry.protected.saved");
			return "redirect:/workspaces/" + workspaceId + "/registry/protected-areas/" + areaId;
		}
		return protectedAreaForm(areaId, form, model);
	}

	@PostMapping("/workspaces/{workspaceId}/registry/protected-areas/{areaId}/delete")
	@Access.Cadastre
	String removeProtectedArea(@PathVariable long workspaceId, @PathVariable long areaId, RedirectAttributes redirect) {
		zones.removeProtectedArea(workspaceId, areaId);
		redirect.addFlashAttribute("saved", "registry.protected.removed");
		return "redirect:/workspaces/" + workspaceId + "/registry/protected-areas";
	}

	@PostMapping("/workspaces/{workspaceId}/registry/protected-areas/import")
	@Access.Cadastre
	String importProtectedAreas(@PathVariable long workspaceId, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String token, RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			int count = zones.importProtectedAreas(workspaceId, file.getBytes(), token);
			redirect.addFlashAttribute("savedText", messages.getMessage("registry.protected.imported", new Object[] { count }, locale));
		}
		catch (ImportRejected ex) {
			redirect.addFlashAttribute("importErrors", ex.describe(messages, locale));
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("refusal", messages.getMessage(ex.messageKey(), ex.args(), locale));
		}
		return "redirect:/workspaces/" + workspaceId + "/registry/protected-areas";
	}

	private String protectedAreaForm(Long areaId, ProtectedAreaForm form, Model model) {
		model.addAttribute("areaId", areaId);
		model.addAttribute("form", form);
		return "registry/protected-area-form";
	}

	/** The footprint's box as minLon,minLat,maxLon,maxLat, for a map to fit. */
	private static String bounds(Footprint f) {
		var e = f.envelope();
		return e.getMinX() + "," + e.getMinY() + "," + e.getMaxX() + "," + e.getMaxY();
	}
}
