package org.openasm.documents;

/** The file formats an output can be rendered to. */
public enum DocumentFormat {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

	private final String contentType;

	private final String extension;

	DocumentFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	/** The MIME type to send in a Content-Type header. */
	public String contentType() {
		return contentType;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return extension;
	}
}
