package org.openasm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessageBundlesTests {

	@Test
	void the_french_bundle_has_exactly_the_english_keys() throws IOException {
		assertThat(load("messages_fr.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void every_key_lives_under_documents() throws IOException {
		assertThat(load("messages.properties").stringPropertyNames()).allMatch(key -> key.startsWith("documents."));
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(
				MessageBundlesTests.class.getResourceAsStream("/i18n/documents/" + file), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}
}
