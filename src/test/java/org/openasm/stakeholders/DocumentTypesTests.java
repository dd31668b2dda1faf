package org.openasm.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openasm.shared.DomainRuleViolation;

/** What may be attached to a meeting, recognised by its bytes, without Spring or a database. */
class DocumentTypesTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	static byte[] docx(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static String refusal(String name, byte[] content) {
		try {
			DocumentTypes.check(name, content);
		}
		catch (DomainRuleViolation ex) {
			assertThat(ex.field()).isEqualTo("file");
			return ex.messageKey();
		}
		throw new AssertionError(name + " was accepted");
	}

	@Test
	void aRealPdfIsAcceptedAsAPdf() {
		assertThat(DocumentTypes.check("Compte rendu.PDF", PDF)).isEqualTo("application/pdf");
	}

	@Test
	void aPngNamedPdfIsRefusedAsNotWhatItsNameSays() {
		assertThat(refusal("minutes.pdf", PNG)).isEqualTo("document.mismatch");
		assertThat(DocumentTypes.check("photo.png", PNG)).isEqualTo("image/png");
	}

	@Test
	void anExecutableIsRefusedWhateverItsBytes() {
		assertThat(refusal("setup.exe", PDF)).isEqualTo("document.type");
		assertThat(refusal("no-extension", PDF)).isEqualTo("document.type");
	}

	@Test
	void aWordDocumentBuiltAsAZipWithWordDocumentXmlIsAcceptedAPlainZipIsNot() throws IOException {
		assertThat(DocumentTypes.check("agenda.docx", docx("[Content_Types].xml", "word/document.xml")))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(refusal("agenda.docx", docx("readme.txt"))).isEqualTo("document.mismatch");
	}

	@Test
	void tenMegabytesAreAcceptedOneByteMoreIsRefused() {
		byte[] tenMb = Arrays.copyOf(PDF, DocumentTypes.MAX_BYTES);
		assertThat(DocumentTypes.check("big.pdf", tenMb)).isEqualTo("application/pdf");
		assertThat(refusal("big.pdf", Arrays.copyOf(PDF, DocumentTypes.MAX_BYTES + 1))).isEqualTo("document.tooLarge");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(refusal("minutes.pdf", new byte[0])).isEqualTo("document.empty");
		assertThatThrownBy(() -> DocumentTypes.check("minutes.pdf", null)).isInstanceOf(DomainRuleViolation.class);
	}

	@Test
	void aFolderOrQuotesInTheNameAreDropped() {
		assertThat(DocumentTypes.cleanName("C:\\Users\\secretariat\\PV \"final\".pdf")).isEqualTo("PV final.pdf");
		assertThat(DocumentTypes.cleanName("  ")).isEqualTo("document");
	}
}
