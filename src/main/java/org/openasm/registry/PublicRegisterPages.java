package org.openasm.registry;

import java.util.Arrays;
import java.util.List;
import org.openasm.context.Commodity;
import org.openasm.shared.web.Access;
import org.openasm.workspace.WorkspaceInfo;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The public register, open to everyone without signing in: the jurisdictions that have one, a
 * jurisdiction's licences page by page with a map that asks only for what is in view, and the whole
 * register as CSV or GeoJSON, streamed.
 */
@Controller
class PublicRegisterPages {

	private final PublicRegister register;

	private final WorkspaceManagement workspaces;

	private final LicenceCategoryRepository categories;

	private final org.springframework.context.MessageSource messages;

	PublicRegisterPages(PublicRegister register, WorkspaceManagement workspaces, LicenceCategoryRepository categories,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.register = register;
		this.workspaces = workspaces;
		this.categories = categories;
	}

	@GetMapping("/public/register")
	@Access.Public
	String index(Model model) {
		List<WorkspaceInfo> withRegister = register.workspacesWithRegister()
			.stream()
			.map(workspaces::find)
			.flatMap(java.util.Optional::stream)
			.toList();
		if (withRegister.size() == 1) {
			return "redirect:/public/register/" + withRegister.get(0).id();
		}
		model.addAttribute("registers", withRegister);
		return "registry/public-registers";
	}

	@GetMapping("/public/register/{workspaceId}")
	@Access.Public
	String register(@PathVariable long workspaceId, @RequestParam(required = false) LicenceStatus status,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Commodity commodity,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("publicWorkspace", workspaces.get(workspaceId));
		PublicRegister.PageOf shown = register.page(workspaceId, new PublicRegister.Filter(status, categoryId, commodity), page);
		model.addAttribute("register", shown);
		model.addAttribute("names", register.holderNamesPublic(workspaceId));
		// The map opens on the licences of this page (a query over the whole register took longer than the page).
		double[] extent = PublicRegister.extentOf(shown.rows());
		model.addAttribute("extent", extent == null ? null
				: java.util.Arrays.stream(extent).mapToObj(d -> String.format(java.util.Locale.ROOT, "%.6f", d)).collect(java.util.stream.Collectors.joining(",")));
		model.addAttribute("status", status);
		model.addAttribute("categoryId", categoryId);
		model.addAttribute("commodity", commodity);
		model.addAttribute("statuses", Arrays.asList(LicenceStatus.values()));
		model.addAttribute("categories", categories.findByWorkspaceIdOrderByNameAscIdAsc(workspaceId));
		model.addAttribute("commodities", Arrays.asList(Commodity.values()));
		return "registry/public-register";
	}

	@GetMapping("/public/register/{workspaceId}/map")
	@Access.Public
	@ResponseBody
	ResponseEntity<String> map(@PathVariable long workspaceId, @RequestParam String bbox, @RequestParam(required = false) LicenceStatus status,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Commodity commodity, java.util.Locale locale) {
		workspaces.get(workspaceId);
		double[] box;
		try {
			box = RegisterMapBox.parse(bbox);
		}
		catch (org.openasm.shared.DomainRuleViolation refused) {
			String reason = messages.getMessage(refused.messageKey(), refused.args(), locale);
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
				.body("{\"field\":\"bbox\",\"detail\":" + org.openasm.geo.GeoJson.quote(reason) + "}");
		}
		PublicRegister.MapView view = register.map(workspaceId, box[0], box[1], box[2], box[3],
				new PublicRegister.Filter(status, categoryId, commodity));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(view.geoJson());
	}

	@GetMapping("/public/register/{workspaceId}/licences.csv")
	@Access.Public
	ResponseEntity<StreamingResponseBody> csv(@PathVariable long workspaceId) {
		workspaces.get(workspaceId);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"licences-" + workspaceId + ".csv\"")
			.body(out -> register.exportCsv(workspaceId, out));
	}

	@GetMapping("/public/register/{workspaceId}/licences.geojson")
	@Access.Public
	ResponseEntity<StreamingResponseBody> geoJson(@PathVariable long workspaceId) {
		workspaces.get(workspaceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"licences-" + workspaceId + ".geojson\"")
			.body(out -> register.exportGeoJson(workspaceId, out));
	}
}
