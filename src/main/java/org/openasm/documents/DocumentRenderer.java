package org.openasm.documents;

import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The module's façade: turns an {@link OutputDocument} into the bytes of a PDF or DOCX file. */
@Service
public class DocumentRenderer {

	private final MessageSource messages;

	private final PdfWriter pdf = new PdfWriter();

	private final DocxWriter docx = new DocxWriter();

	public DocumentRenderer(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Renders the document.
	 * @throws java.io.UncheckedIOException if the PDF or DOCX library fails to write
	 * @throws org.springframework.context.NoSuchMessageException if the documents message bundle is not loaded
	 */
	public byte[] render(OutputDocument doc, DocumentFormat format) {
		Objects.requireNonNull(doc, "doc");
		Objects.requireNonNull(format, "format");
		RunningText running = RunningText.from(doc, messages);
		return switch (format) {
			case PDF -> pdf.write(doc, running);
			case DOCX -> docx.write(doc, running);
		};
	}
}
