package org.openasm.workspace;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openasm.documents.Block;
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
		StepProgress step = progress.of(workspaceId, output.step(), locale);
		boolean draft = step.status() != StepStatus.READY;
		List<Block> blocks = new ArrayList<>(content.blocks());
		if (draft && !step.missing().isEmpty()) {
			// A draft says why it is one: what its step still lacks.
			blocks.add(new Block.Heading(1, messages.getMessage("output.draft.missing", null, locale)));
			blocks.add(new Block.BulletList(step.missing().stream().map(StepProgress.Check::text).toList()));
		}
		String title = messages.getMessage(output.messageKey(), null, locale);
		String subtitle = messages.getMessage("output.subtitle",
				new Object[] { output.step().code(), messages.getMessage(output.step().messageKey() + ".title", null, locale) },
				locale);
		OutputDocument document = new OutputDocument(title, workspace.name(), subtitle, LocalDate.now(), content.version(), draft,
				locale, blocks);
		return renderer.render(document, format);
	}

	/** e.g. {@code task-force-republic-of-meridia-2026-11-27-fr.pdf}: what, whose, when, which language. */
	public String fileName(long workspaceId, Output output, DocumentFormat format, Locale locale) {
		String jurisdiction = Normalizer.normalize(workspaces.get(workspaceId).name(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return output.code() + "-" + jurisdiction + "-" + LocalDate.now() + "-" + locale.getLanguage() + "." + format.extension();
	}
}
