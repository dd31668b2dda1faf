package org.openasm.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A dimension as pages, the API and the output show it: its key, its name (a message key for the four
 * the guidance names, the user's name otherwise) and its values with their labels.
 */
public record DimensionView(String key, Long dimensionId, String name, String nameKey, List<Value> values) {

	/** A value and its label's message key (null for a user-defined value, shown as it is). */
	public record Value(String value, String labelKey) {
	}

	static List<DimensionView> all(List<CustomDimension> custom) {
		List<DimensionView> views = new ArrayList<>();
		for (Dimensions.BuiltIn b : Dimensions.BuiltIn.values()) {
			views.add(new DimensionView(b.key(), null, null, "typology.dimension." + b.key(),
					b.accepted().stream().map(v -> new Value(v, b.label(v))).toList()));
		}
		for (CustomDimension d : custom) {
			views.add(new DimensionView(d.key(), d.getId(), d.getName(), null, d.getValues().stream().map(v -> new Value(v, null)).toList()));
		}
		return views;
	}

	public boolean isBuiltIn() {
		return dimensionId == null;
	}

	String label(MessageSource messages, Locale locale) {
		return nameKey != null ? messages.getMessage(nameKey, null, locale) : name;
	}

	String valueLabel(String value, MessageSource messages, Locale locale) {
		return values.stream()
			.filter(v -> v.value().equals(value) && v.labelKey() != null)
			.findFirst()
			.map(v -> messages.getMessage(v.labelKey(), null, value, locale))
			.orElse(value);
	}

	/**
	 * A type's definition in words, dimension by dimension in the order of {@code dimensions}
	 * (“Commodity: Gold · Deposit type: Alluvial”); a type constraining nothing takes every site.
	 */
	static String describe(Map<String, Set<String>> accepted, List<DimensionView> dimensions, MessageSource messages, Locale locale) {
		String text = dimensions.stream()
			.filter(d -> accepted.containsKey(d.key()))
			.map(d -> messages.getMessage("typology.type.definitionPart", new Object[] { d.label(messages, locale), accepted.get(d.key())
				.stream()
				.map(v -> d.valueLabel(v, messages, locale))
				.collect(Collectors.joining(", ")) }, locale))
			.collect(Collectors.joining(" · "));
		return text.isEmpty() ? messages.getMessage("typology.type.anySite", null, locale) : text;
	}
}
