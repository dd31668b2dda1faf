package org.openasm.workspace;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openasm.documents.DocumentFormat;
import org.openasm.documents.DocumentRenderer;
import org.openasm.documents.OutputDocument;
import org.openasm.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seven outputs of a workspace: their status, and the documents rendered from the records. */
@Service
public class Outputs {

	private final Map<Output, OutputProvider> providers = new EnumMap<>(Output.class);

	private final Progress progress;

	private final WorkspaceManagement workspaces;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	Outputs(List<OutputProvider> providers, Progress progress, WorkspaceManagement workspaces, DocumentRenderer renderer,
			MessageSource messages) {
		providers.forEach(p -> this.providers.put(p.output(), p));
		this.progress = progress;
		this.workspaces = workspaces;
		this.renderer = renderer;
		this.messages = messages;
	}

	public record OutputState(Output output, OutputStatus status) {
	}

	@Transactional(readOnly = true)
	public List<OutputState> of(long workspaceId, Locale locale) {
		return java.util.Arrays.stream(Output.values()).map(o -> new OutputState(o, status(workspaceId, o, locale))).toList();
	}

	private OutputStatus status(long workspaceId, Output output, Locale locale) {
		if (!providers.containsKey(output)) {
			return OutputStatus.NOT_AVAILABLE;
		}
		return progress.of(workspaceId, output.step(), locale).status() == StepStatus.READY ? OutputStatus.FINAL
				: OutputStatus.DRAFT;
	}

	/** Renders an output; a draft if its step is not yet ready. */
	@Transactional(readOnly = true)
	public byte[] render(long workspaceId, Output output, DocumentFormat format, Locale locale) {
		OutputProvider provider = providers.get(output);
		if (provider == null) {
			throw new RecordNotFoundException("Output", output.code());
		}
		WorkspaceInfo workspace = workspaces.get(workspaceId);
		OutputContent content = provider.content(workspaceId, locale);
		boolean draft = status(workspaceId, output, locale) != OutputStatus.FINAL;
		String title = messages.getMessage(output.messageKey(), null, locale);
		String subtitle = messages.getMessage("output.subtitle",
				new Object[] { output.step().code(), messages.getMessage(output.step().messageKey() + ".title", null, locale) },
				locale);
		OutputDocument document = new OutputDocument(title, workspace.name(), subtitle, LocalDate.now(), content.version(), draft,
				locale, content.blocks());
		return renderer.render(document, format);
	}

	public String fileName(long workspaceId, Output output, DocumentFormat format) {
		return output.code() + "-" + workspaceId + "." + format.extension();
	}
}
