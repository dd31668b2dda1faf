package org.openasm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openasm.identity.Role;
import org.openasm.taskforce.AgencyKind;
import org.openasm.taskforce.MemberRole;
import org.openasm.workspace.JurisdictionLevel;
import org.openasm.workspace.Output;
import org.openasm.workspace.OutputStatus;
import org.openasm.workspace.Phase;
import org.openasm.workspace.Step;
import org.openasm.workspace.StepStatus;

/**
 * Every string a user reads comes from a bundle: the French bundles say everything the English ones
 * do, and every key the templates and the Java code name exists. A missing key shows up as
 * {@code ??key_fr??} on a page or as the bare key in an API problem, so it is caught here instead.
 */
class MessageBundlesTests {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	/** {@code #{key}} or {@code #{key(args)}}; not {@code #{${...}}}, whose key is computed. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[})]");

	static final String LITERAL_KEY = "\"([a-zA-Z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)\"";

	/** Java call sites whose string-literal argument is a message key. */
	static final List<Pattern> JAVA_KEYS = List.of(
			Pattern.compile("new DomainRuleViolation\\(\\s*(?:null|\"[^\"]*\")\\s*,\\s*" + LITERAL_KEY),
			Pattern.compile("getMessage\\(\\s*" + LITERAL_KEY),
			Pattern.compile("\\btext\\((?:\\s*locale\\s*,)?\\s*" + LITERAL_KEY),
			Pattern.compile("addFlashAttribute\\(\\s*\"(?:saved|error)\"\\s*,\\s*" + LITERAL_KEY),
			Pattern.compile("\\breject(?:Value)?\\((?:\\s*[a-zA-Z.()\"]+\\s*,)?\\s*" + LITERAL_KEY),
			Pattern.compile("message\\s*=\\s*\"\\{([^}]+)\\}\""));

	/** {@code ReadinessItem.check(...)} up to the end of its statement: every key-shaped literal in it is a key. */
	static final Pattern READINESS_CALL = Pattern.compile("ReadinessItem\\.check\\(([^;]*)");

	@Test
	void everyModuleBundleHasAFrenchTwinWithExactlyTheSameKeys() {
		List<String> modules = modules();
		assertThat(modules).contains("shared", "workspace", "identity", "taskforce", "documents");
		Map<String, String> mismatches = new TreeMap<>();
		for (String module : modules) {
			Path french = BUNDLES.resolve(module).resolve("messages_fr.properties");
			assertThat(french).as("i18n/%s has no messages_fr.properties", module).exists();
			Set<String> en = load(BUNDLES.resolve(module).resolve("messages.properties")).stringPropertyNames();
			Set<String> fr = load(french).stringPropertyNames();
			Set<String> missingInFrench = new TreeSet<>(en);
			missingInFrench.removeAll(fr);
			Set<String> missingInEnglish = new TreeSet<>(fr);
			missingInEnglish.removeAll(en);
			if (!missingInFrench.isEmpty()) {
				mismatches.put(module + " messages_fr.properties lacks", String.join(", ", missingInFrench));
			}
			if (!missingInEnglish.isEmpty()) {
				mismatches.put(module + " messages.properties lacks", String.join(", ", missingInEnglish));
			}
		}
		assertThat(mismatches).as("keys present in one language only").isEmpty();
	}

	@Test
	void noFrenchMessageIsLeftBlank() {
		Map<String, String> blank = new TreeMap<>();
		for (String module : modules()) {
			Properties fr = load(BUNDLES.resolve(module).resolve("messages_fr.properties"));
			fr.stringPropertyNames().stream().filter(k -> fr.getProperty(k).isBlank()).forEach(k -> blank.put(k, module));
		}
		assertThat(blank).as("blank French messages (key -> module)").isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExistsInEnglish() throws IOException {
		Set<String> known = englishKeys();
		Map<String, String> missing = new TreeMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			files.filter(f -> f.toString().endsWith(".html")).forEach(file -> {
				Matcher m = TEMPLATE_KEY.matcher(read(file));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.put(m.group(1), TEMPLATES.relativize(file).toString());
					}
				}
			});
		}
		assertThat(missing).as("template keys missing from the English bundles (key -> template)").isEmpty();
	}

	@Test
	void everyKeyTheJavaCodeNamesExistsInEnglish() throws IOException {
		Set<String> known = englishKeys();
		Map<String, String> missing = new TreeMap<>();
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
				String source = read(file);
				for (Pattern pattern : JAVA_KEYS) {
					Matcher m = pattern.matcher(source);
					while (m.find()) {
						found.add(m.group(1));
						if (!known.contains(m.group(1))) {
							missing.put(m.group(1), JAVA.relativize(file).toString());
						}
					}
				}
				Matcher call = READINESS_CALL.matcher(source);
				while (call.find()) {
					Matcher literal = Pattern.compile(LITERAL_KEY).matcher(call.group(1));
					while (literal.find()) {
						found.add(literal.group(1));
						if (!known.contains(literal.group(1))) {
							missing.put(literal.group(1), JAVA.relativize(file).toString());
						}
					}
				}
			});
		}
		// The scan itself must see the call sites it is meant to check.
		assertThat(found).contains("readiness.chair.missing", "readiness.budget.met", "member.chair.taken", "agency.inUse",
				"stale.edit", "mandate.approval.incomplete");
		assertThat(missing).as("keys the Java code names that the English bundles lack (key -> file)").isEmpty();
	}

	@Test
	void everyKeyBuiltFromAnEnumExistsInEnglish() {
		Set<String> known = englishKeys();
		Set<String> wanted = new TreeSet<>();
		wanted.addAll(keys("agencyKind.", AgencyKind.values(), Enum::name));
		wanted.addAll(keys("agency.seed.", Arrays.stream(AgencyKind.values()).filter(k -> k != AgencyKind.OTHER).toArray(),
				Object::toString));
		wanted.addAll(keys("memberRole.", MemberRole.values(), Enum::name));
		wanted.addAll(keys("role.", Role.values(), Enum::name));
		wanted.addAll(keys("jurisdictionLevel.", JurisdictionLevel.values(), Enum::name));
		wanted.addAll(keys("status.", StepStatus.values(), Enum::name));
		wanted.addAll(keys("outputStatus.", OutputStatus.values(), Enum::name));
		wanted.addAll(keys("history.action.", new String[] { "ADD", "MOD", "DEL" }, Function.identity()));
		wanted.addAll(keys("language.", new String[] { "en", "fr", "pt", "es" }, Function.identity()));
		for (Phase phase : Phase.values()) {
			wanted.add(phase.messageKey() + ".title");
		}
		for (Step step : Step.values()) {
			for (String part : List.of(".title", ".purpose", ".activities", ".outputs")) {
				wanted.add(step.messageKey() + part);
			}
		}
		for (Output output : Output.values()) {
			wanted.add(output.messageKey());
		}
		wanted.removeAll(known);
		assertThat(wanted).as("keys built from enums that the English bundles lack").isEmpty();
	}

	static <T> List<String> keys(String prefix, T[] values, Function<T, String> name) {
		return Arrays.stream(values).map(v -> prefix + name.apply(v)).toList();
	}

	static List<String> modules() {
		try (Stream<Path> dirs = Files.list(BUNDLES)) {
			return dirs.filter(d -> Files.exists(d.resolve("messages.properties")))
				.map(d -> d.getFileName().toString())
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Set<String> englishKeys() {
		Set<String> keys = new TreeSet<>();
		for (String module : modules()) {
			keys.addAll(load(BUNDLES.resolve(module).resolve("messages.properties")).stringPropertyNames());
		}
		return keys;
	}

	static Properties load(Path file) {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
