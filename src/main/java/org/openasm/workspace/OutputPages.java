package org.openasm.workspace;

import java.util.Locale;
import org.openasm.documents.DocumentFormat;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.web.Access;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The outputs page and the downloads, for pages and the API alike. */
@Controller
class OutputPages {

	private final Outputs outputs;

	OutputPages(Outputs outputs) {
		this.outputs = outputs;
	}

	@GetMapping("/workspaces/{workspaceId}/outputs")
	@Access.WorkspaceMember
	String list(@PathVariable long workspaceId, Model model, Locale locale) {
		model.addAttribute("outputs", outputs.of(workspaceId, locale));
		return "workspace/outputs";
	}

	@GetMapping("/workspaces/{workspaceId}/outputs/{code}/{format}")
	@Access.WorkspaceMember
	ResponseEntity<byte[]> download(@PathVariable long workspaceId, @PathVariable String code, @PathVariable String format,
			Locale locale) {
		return file(outputs, workspaceId, code, format, locale);
	}

	static ResponseEntity<byte[]> file(Outputs outputs, long workspaceId, String code, String format, Locale locale) {
		Output output = Output.ofCode(code).orElseThrow(() -> new RecordNotFoundException("Output", code));
		DocumentFormat documentFormat = parse(format);
		byte[] bytes = outputs.render(workspaceId, output, documentFormat, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(documentFormat.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(outputs.fileName(workspaceId, output, documentFormat, locale)).build().toString())
			.body(bytes);
	}

	static DocumentFormat parse(String format) {
		for (DocumentFormat f : DocumentFormat.values()) {
			if (f.extension().equalsIgnoreCase(format) || f.name().equalsIgnoreCase(format)) {
				return f;
			}
		}
		throw new RecordNotFoundException("Format", format);
	}
}
