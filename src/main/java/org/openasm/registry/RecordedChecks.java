package org.openasm.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks of an application as stored in its {@code checks} column: a JSON list of rule, passed,
 * message key and arguments. Arguments are strings and numbers (see {@link CheckResult}), so a stored
 * check reads back in any language.
 */
final class RecordedChecks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RecordedChecks() {
	}

	static String write(List<CheckResult> checks) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (CheckResult c : checks) {
			List<Object> args = new ArrayList<>();
			for (Object a : c.args()) {
				args.add(a instanceof Number || a == null ? a : String.valueOf(a));
			}
			rows.add(Map.of("rule", c.rule(), "passed", c.passed(), "messageKey", c.messageKey(), "args", args));
		}
		return JSON.writeValueAsString(rows);
	}

	static List<CheckResult> read(String stored) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		List<Map<String, Object>> rows = JSON.readValue(stored, new TypeReference<List<Map<String, Object>>>() {
		});
		return rows.stream()
			.map(r -> new CheckResult((String) r.get("rule"), Boolean.TRUE.equals(r.get("passed")), (String) r.get("messageKey"),
					((List<?>) r.get("args")).toArray()))
			.toList();
	}
}
