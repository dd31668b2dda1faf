package org.openasm.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.documents.DocumentFixtures.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Writes a sample of each format to target/documents-samples, for a person to look at. */
class SampleDocumentsTests {

	private static final Path SAMPLES = Path.of("target", "documents-samples");

	@Test
	void samples_of_both_formats_are_written_with_their_format_signatures() throws IOException {
		OutputDocument doc = anAsmTaskForce(Locale.UK).draft(true)
			.heading(1, "Context")
			.paragraph("The survey covered the districts listed below. ".repeat(30))
			.add(aLongContextAnalysis(Locale.UK, true).blocks().get(2))
			.build();
		Files.createDirectories(SAMPLES);

		for (DocumentFormat format : DocumentFormat.values()) {
			byte[] bytes = renderer().render(doc, format);
			Files.write(SAMPLES.resolve("asm-task-force." + format.extension()), bytes);
			assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
				.isEqualTo(format == DocumentFormat.PDF ? "%PDF" : "PK\u0003\u0004");
		}
	}
}
