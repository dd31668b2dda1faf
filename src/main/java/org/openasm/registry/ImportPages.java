package org.openasm.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.web.Access;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk import: upload a file, confirm which column fills which field, then follow the progress
 * (the page polls a small fragment) to the result: rows added, skipped as already recorded and
 * flagged, or every refused row with its reason.
 */
@Controller
class ImportPages {

	static final int ERRORS_SHOWN = 200;

	private final RegistryImports imports;

	private final MessageSource messages;

	ImportPages(RegistryImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	private static String base(long workspaceId) {
		return "/workspaces/" + workspaceId + "/registry/import";
	}

	@GetMapping("/workspaces/{workspaceId}/registry/import")
	@Access.Cadastre
	String page(@PathVariable long workspaceId, Model model) {
		model.addAttribute("imports", imports.recent(workspaceId, 20));
		model.addAttribute("subjects", RegistryImports.Subject.values());
		return "registry/import";
	}

	@PostMapping("/workspaces/{workspaceId}/registry/import")
	@Access.Cadastre
	String upload(@PathVariable long workspaceId, @RequestParam RegistryImports.Subject subject, @RequestParam("file") MultipartFile file,
			Principal principal, RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			long id = imports.upload(workspaceId, subject, file.getOriginalFilename(), file.getBytes(), principal.getName());
			return "redirect:" + base(workspaceId) + "/" + id;
		}
		catch (ImportRejected ex) {
			redirect.addFlashAttribute("uploadErrors", ex.describe(messages, locale));
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("uploadErrors", List.of(messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale)));
		}
		return "redirect:" + base(workspaceId);
	}

	@GetMapping("/workspaces/{workspaceId}/registry/import/{importId}")
	@Access.Cadastre
	String run(@PathVariable long workspaceId, @PathVariable long importId, Model model, Locale locale) {
		RegistryImports.ImportRecord record = imports.get(workspaceId, importId);
		model.addAttribute("run", record);
		model.addAttribute("fields", record.subject().fields());
		List<ImportRejected.RowError> errors = record.errors();
		model.addAttribute("errorCount", errors.size());
		model.addAttribute("rowErrors", new ImportRejected(errors.subList(0, Math.min(errors.size(), ERRORS_SHOWN))).describe(messages, locale));
		return "registry/import-run";
	}

	@PostMapping("/workspaces/{workspaceId}/registry/import/{importId}")
	@Access.Cadastre
	String confirm(@PathVariable long workspaceId, @PathVariable long importId, @RequestParam Map<String, String> params,
			RedirectAttributes redirect, Locale locale) {
		Map<String, Integer> mapping = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("field.") && value != null && !value.isBlank()) {
				mapping.put(name.substring("field.".length()), Integer.valueOf(value.strip()));
			}
		});
		try {
			imports.start(workspaceId, importId, mapping);
		}
		catch (DomainRuleViolation ex) {
			redirect.addFlashAttribute("mappingError", messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale));
		}
		return "redirect:" + base(workspaceId) + "/" + importId;
	}

	/** The progress bar alone, polled by the page while the import runs; once it has finished, the page reloads. */
	@GetMapping("/workspaces/{workspaceId}/registry/import/{importId}/progress")
	@Access.Cadastre
	String progress(@PathVariable long workspaceId, @PathVariable long importId, Model model, HttpServletResponse response) {
		RegistryImports.ImportRecord record = imports.get(workspaceId, importId);
		if (record.finished()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", record);
		return "registry/import-run :: progress";
	}
}
