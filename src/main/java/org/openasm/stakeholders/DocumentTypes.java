package org.openasm.stakeholders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openasm.shared.DomainRuleViolation;

/**
 * What may be attached to a meeting: PDF, DOCX, PNG and JPEG up to 10 MB, recognised by their bytes,
 * not only their name, so a renamed executable is refused.
 */
final class DocumentTypes {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "png", "image/png", "jpg", "image/jpeg", "jpeg",
			"image/jpeg");

	private DocumentTypes() {
	}

	/** The content type of an acceptable file, or a refusal naming the reason. */
	static String check(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new DomainRuleViolation("file", "document.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new DomainRuleViolation("file", "document.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String name = cleanName(fileName);
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		String type = TYPES.get(extension);
		if (type == null) {
			throw new DomainRuleViolation("file", "document.type", name);
		}
		boolean matches = switch (extension) {
			case "pdf" -> startsWith(content, "%PDF-".getBytes());
			case "png" -> startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
			case "jpg", "jpeg" -> startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
			case "docx" -> isWordDocument(content);
			default -> false;
		};
		if (!matches) {
			throw new DomainRuleViolation("file", "document.mismatch", name);
		}
		return type;
	}

	/** The file's own name without any folder a browser sent, and never blank. */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		name = name.replaceAll("[\\p{Cntrl}\"]", "");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "document" : name;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWordDocument(byte[] content) {
		if (!startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return false;
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
		return false;
	}
}
