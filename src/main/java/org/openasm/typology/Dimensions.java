package org.openasm.typology;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openasm.context.Commodity;
import org.openasm.context.SiteGroup;

/**
 * The dimensions types are built from. The four the guidance names come from the site register, keyed
 * {@code commodity}, {@code deposit}, {@code mechanisation} and {@code scale}, their values the names
 * the register uses; a user-defined dimension is keyed {@code d} and its id ({@code d12}).
 */
final class Dimensions {

	/** A dimension the guidance names, read from the site register. */
	enum BuiltIn {
		COMMODITY("commodity", "commodity.", names(Commodity.values())),
		DEPOSIT("deposit", "siteDepositType.", names(org.openasm.context.SiteDepositType.values())),
		MECHANISATION("mechanisation", "siteMechanisation.", names(org.openasm.context.SiteMechanisation.values())),
		SCALE("scale", "siteScale.", names(org.openasm.context.SiteScale.values()));

		private final String key;

		private final String labelPrefix;

		private final List<String> accepted;

		BuiltIn(String key, String labelPrefix, List<String> values) {
			this.key = key;
			this.labelPrefix = labelPrefix;
			this.accepted = values;
		}

		public String key() {
			return key;
		}

		/** The values the site register uses for this dimension. */
		public List<String> accepted() {
			return accepted;
		}

		/** The message key naming a value ({@code commodity.GOLD}). */
		public String label(String value) {
			return labelPrefix + value;
		}

		String of(SiteGroup group) {
			return switch (this) {
				case COMMODITY -> group.commodity().name();
				case DEPOSIT -> group.depositType();
				case MECHANISATION -> group.mechanisation();
				case SCALE -> group.scale();
			};
		}
	}

	private Dimensions() {
	}

	static String customKey(long dimensionId) {
		return "d" + dimensionId;
	}

	/** The id of a user-defined dimension's key, or null if the key is not one. */
	static Long customId(String key) {
		if (key == null || !key.matches("d\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(key.substring(1));
	}

	static BuiltIn builtIn(String key) {
		return Arrays.stream(BuiltIn.values()).filter(b -> b.key.equals(key)).findFirst().orElse(null);
	}

	/** The built-in values of a group of sites, by dimension key. */
	static Map<String, String> values(SiteGroup group) {
		Map<String, String> values = new LinkedHashMap<>();
		for (BuiltIn b : BuiltIn.values()) {
			values.put(b.key, b.of(group));
		}
		return values;
	}

	/** One line per constrained dimension, keys and values sorted: {@code deposit=ALLUVIAL|TAILINGS}. */
	static String encode(Map<String, Set<String>> accepted) {
		return new TreeMap<>(accepted).entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> e.getKey() + "=" + e.getValue().stream().sorted().collect(Collectors.joining("|")))
			.collect(Collectors.joining("\n"));
	}

	static Map<String, Set<String>> decode(String encoded) {
		Map<String, Set<String>> accepted = new LinkedHashMap<>();
		if (encoded == null || encoded.isBlank()) {
			return accepted;
		}
		for (String line : encoded.split("\n")) {
			int eq = line.indexOf('=');
			accepted.put(line.substring(0, eq), new LinkedHashSet<>(Arrays.asList(line.substring(eq + 1).split("\\|"))));
		}
		return accepted;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}
}
