package org.openasm.stakeholders;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored meeting file as a download, for the pages and the API alike. */
final class MeetingFiles {

	private MeetingFiles() {
	}

	/** The bytes with the type they were recognised as, as an attachment the browser will not sniff. */
	static ResponseEntity<byte[]> download(MeetingDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}
}
