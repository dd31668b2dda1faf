package org.openasm.registry;

import org.openasm.shared.DomainRuleViolation;

/**
 * An operator's photo: a JPEG or PNG of at most 2 MB, recognised by its first bytes (the name and
 * the type the browser claims are not trusted), so what is served back is always an image.
 */
record OperatorPhoto(String type, byte[] bytes) {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** The photo, or null for an empty upload; refused with the reason when it is too large or not a JPEG or PNG. */
	static OperatorPhoto of(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return null;
		}
		if (bytes.length > MAX_BYTES) {
			throw new DomainRuleViolation("photo", "registry.operator.photo.tooLarge", 2);
		}
		if (startsWith(bytes, JPEG)) {
			return new OperatorPhoto("image/jpeg", bytes);
		}
		if (startsWith(bytes, PNG)) {
			return new OperatorPhoto("image/png", bytes);
		}
		throw new DomainRuleViolation("photo", "registry.operator.photo.type");
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
