package org.openasm.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code role-matrix.txt} read: for each route ({@code METHOD /path}), who gets through. Malformed
 * lines fail loudly, so a typo in a role name cannot quietly refuse everyone.
 */
final class RoleMatrix {

	static final String RESOURCE = "/role-matrix.txt";

	static final String PUBLIC = "PUBLIC";

	static final String AUTHENTICATED = "AUTHENTICATED";

	static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

	/** The roles held within a workspace. */
	static final List<String> WORKSPACE_ROLES = Arrays.stream(Role.values()).filter(Role::grantable).map(Role::name).toList();

	/** Every caller the matrix can name: the visitor, the system administrator, then the workspace roles. */
	static final List<String> CALLERS = Stream.concat(Stream.of(PUBLIC, SYSTEM_ADMIN), WORKSPACE_ROLES.stream()).toList();

	private static final Set<String> WORDS = Stream.concat(CALLERS.stream(), Stream.of(AUTHENTICATED)).collect(Collectors.toSet());

	private final Map<String, Set<String>> routes;

	private RoleMatrix(Map<String, Set<String>> routes) {
		this.routes = routes;
	}

	static String route(String method, String path) {
		return method + " " + path;
	}

	static RoleMatrix load() {
		try (InputStream in = RoleMatrix.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("src/test/resources" + RESOURCE + " is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RoleMatrix parse(String text) {
		Map<String, Set<String>> routes = new LinkedHashMap<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] words = line.split("\\s+");
			String where = "role-matrix.txt line " + (i + 1) + " (" + line + "): ";
			if (words.length < 3) {
				throw new IllegalStateException(where + "want METHOD /path ROLE...");
			}
			Set<String> who = new LinkedHashSet<>(Arrays.asList(words).subList(2, words.length));
			who.stream().filter(w -> !WORDS.contains(w)).findFirst().ifPresent(w -> {
				throw new IllegalStateException(where + "unknown role " + w + "; known: " + WORDS);
			});
			if ((who.contains(PUBLIC) || who.contains(AUTHENTICATED)) && who.size() > 1) {
				throw new IllegalStateException(where + PUBLIC + " and " + AUTHENTICATED + " stand alone");
			}
			if (routes.put(route(words[0], words[1]), who) != null) {
				throw new IllegalStateException(where + "route listed twice");
			}
		}
		return new RoleMatrix(routes);
	}

	Set<String> routes() {
		return routes.keySet();
	}

	/** Whether {@code caller} (one of {@link #CALLERS}) gets through {@code route} in its own workspace. */
	boolean allows(String route, String caller) {
		Set<String> who = routes.get(route);
		return who.contains(PUBLIC) || (who.contains(AUTHENTICATED) && !caller.equals(PUBLIC)) || who.contains(caller);
	}

	/**
	 * Whether {@code caller} gets through {@code route} in a workspace where it holds no role: only
	 * what is open to everyone, or to anyone signed in, or to the system administrator.
	 */
	boolean allowsElsewhere(String route, String caller) {
		Set<String> who = routes.get(route);
		return who.contains(PUBLIC) || (who.contains(AUTHENTICATED) && !caller.equals(PUBLIC))
				|| (caller.equals(SYSTEM_ADMIN) && who.contains(SYSTEM_ADMIN));
	}
}
