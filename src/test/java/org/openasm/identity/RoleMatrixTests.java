package org.openasm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every page and API route the application maps, as every role, and checks who gets through
 * against {@code role-matrix.txt}. A route added without a line in the matrix fails here.
 */
@OpenAsmTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTests {

	private static final Logger log = LoggerFactory.getLogger(RoleMatrixTests.class);

	private static final String PASSWORD = "role-matrix-password";

	/** An id no record has: a caller who gets through meets a 404, and nothing is changed. */
	private static final String NO_SUCH_ID = "987654321";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	WorkspaceManagement workspaces;

	private final RoleMatrix matrix = RoleMatrix.load();

	/** Who plays each caller but {@code PUBLIC}, with the authorities the application gives them. */
	private final Map<String, UserDetails> callers = new LinkedHashMap<>();

	private long ours;

	private long theirs;

	record Route(String method, String path) {

		boolean api() {
			return path.startsWith("/api/");
		}

		String key() {
			return RoleMatrix.route(method, path);
		}
	}

	record Mismatch(String route, String caller, String workspace, String expected, String got) {
	}

	@BeforeAll
	void oneUserPerRoleInOneWorkspaceAndNoneInAnother() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ours = workspaces.create(workspace("Role matrix " + suffix), false);
		theirs = workspaces.create(workspace("Role matrix elsewhere " + suffix), false);
		// A system administrator of our own: the same flag as `admin`, with the cheap hash below.
		callers.put(RoleMatrix.SYSTEM_ADMIN, account("matrix-system-admin-" + suffix, true, null));
		for (Role role : Role.values()) {
			if (role.grantable()) {
				callers.put(role.name(), account("matrix-" + role.name().toLowerCase() + "-" + suffix, false, role));
			}
		}
	}

	private UserDetails account(String username, boolean systemAdmin, Role role) {
		UserForm form = new UserForm();
		form.setUsername(username);
		form.setDisplayName(username);
		form.setPassword(PASSWORD);
		form.setSystemAdmin(systemAdmin);
		long id = accounts.create(form);
		if (role != null) {
			accounts.grant(id, ours, role);
		}
		// The API signs in on every call: at the production bcrypt cost the walk would spend most of its
		// time hashing. The same encoder checks a cost-4 hash of the same password.
		UserAccount account = accounts.account(id);
		account.setPasswordHash("{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
		users.save(account);
		return userDetails.loadUserByUsername(username);
	}

	@Test
	void everyMappedRouteHasALineInTheMatrixAndEveryLineAMappedRoute() {
		Set<String> mapped = new TreeSet<>(appRoutes().stream().map(Route::key).toList());
		List<String> problems = new ArrayList<>();
		mapped.stream()
			.filter(r -> !matrix.routes().contains(r))
			.forEach(r -> problems.add("Route '" + r + "' is not in the role matrix: add a line to src/test/resources"
					+ RoleMatrix.RESOURCE + " naming the roles that may call it."));
		matrix.routes()
			.stream()
			.filter(r -> !mapped.contains(r))
			.forEach(r -> problems.add("role-matrix.txt lists '" + r + "', which no controller maps: correct or remove the line."));
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void eachRoleGetsThroughExactlyTheRoutesTheMatrixGivesIt() {
		List<Mismatch> mismatches = new ArrayList<>();
		int checks = 0;
		for (Route route : matrixRoutes()) {
			for (String caller : RoleMatrix.CALLERS) {
				checks++;
				check(route, caller, ours, "own", matrix.allows(route.key(), caller)).ifPresent(mismatches::add);
			}
		}
		log.info("Role matrix: {} route x caller checks in the callers' own workspace", checks);
		assertThat(mismatches).as(table(mismatches)).isEmpty();
	}

	@Test
	void aRoleInOneWorkspaceOpensNothingInAnother() {
		List<Mismatch> mismatches = new ArrayList<>();
		int checks = 0;
		for (Route route : matrixRoutes()) {
			if (!route.path().contains("{workspaceId}")) {
				continue;
			}
			for (String caller : RoleMatrix.WORKSPACE_ROLES) {
				checks++;
				check(route, caller, theirs, "other", matrix.allowsElsewhere(route.key(), caller)).ifPresent(mismatches::add);
			}
		}
		log.info("Role matrix: {} route x caller checks in a workspace where the callers hold no role", checks);
		assertThat(checks).isPositive();
		assertThat(mismatches).as(table(mismatches)).isEmpty();
	}

	private Optional<Mismatch> check(Route route, String caller, long workspaceId, String workspace, boolean allowed) {
		String expected = allowed ? "through" : !caller.equals(RoleMatrix.PUBLIC) ? "403" : route.api() ? "401" : "login";
		String got = outcome(route, caller, workspaceId);
		boolean agrees = allowed ? got.startsWith("through") : got.equals(expected);
		return agrees ? Optional.empty()
				: Optional.of(new Mismatch(route.key(), caller, workspace, expected, got));
	}

	private String outcome(Route route, String caller, long workspaceId) {
		try {
			MockHttpServletResponse response = mvc.perform(request(route, caller, workspaceId)).andReturn().getResponse();
			int status = response.getStatus();
			if (status == 401 || status == 403) {
				return String.valueOf(status);
			}
			String location = response.getRedirectedUrl();
			if (status / 100 == 3 && location != null && URI.create(location).getPath().endsWith("/login")) {
				return "login";
			}
			return "through (" + status + ")";
		}
		catch (Exception ex) {
			// Security refuses in its filters, before the handler: an exception escaping the handler got through.
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			log.warn("{} {} as {} got through but failed: {}", route.method(), route.path(), caller, cause.toString());
			return "through (exception " + cause.getClass().getSimpleName() + ")";
		}
	}

	private MockHttpServletRequestBuilder request(Route route, String caller, long workspaceId) {
		String method = route.method().equals("ANY") ? "GET" : route.method();
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path(route.path(), workspaceId));
		boolean sendsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
		if (route.api()) {
			request.accept(MediaType.APPLICATION_JSON);
			if (sendsBody) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			if (!caller.equals(RoleMatrix.PUBLIC)) {
				request.with(httpBasic(callers.get(caller).getUsername(), PASSWORD));
			}
		}
		else {
			if (!method.equals("GET")) {
				request.with(csrf());
			}
			if (sendsBody) {
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
			}
			if (!caller.equals(RoleMatrix.PUBLIC)) {
				request.with(user(callers.get(caller)));
			}
		}
		return request;
	}

	/** Fills the path variables with values that reach the handler without changing any record. */
	private static String path(String pattern, long workspaceId) {
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			variable.appendReplacement(path, Matcher.quoteReplacement(sample(variable.group(1), pattern, workspaceId)));
		}
		return variable.appendTail(path).toString();
	}

	private static String sample(String name, String pattern, long workspaceId) {
		return switch (name) {
			case "workspaceId", "recordId" -> String.valueOf(workspaceId);
			case "recordType" -> "Workspace";
			case "code" -> pattern.contains("/outputs/") ? "task-force" : "1.1";
			case "format" -> "pdf";
			case "number" -> NO_SUCH_ID;
			default -> {
				if (!name.endsWith("Id")) {
					throw new IllegalStateException("RoleMatrixTests has no sample value for {" + name + "} in " + pattern
							+ ": add one to RoleMatrixTests.sample");
				}
				yield NO_SUCH_ID;
			}
		};
	}

	/** Every (method, path) the application's own controllers map; springdoc, actuator and Boot's error page are not ours. */
	private List<Route> appRoutes() {
		List<Route> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getName().startsWith("org.openasm.")) {
				return;
			}
			List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
			for (String path : info.getPatternValues()) {
				for (String method : methods.isEmpty() ? List.of("ANY") : methods) {
					routes.add(new Route(method, path));
				}
			}
		});
		routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
		return routes;
	}

	/** The routes both mapped and in the matrix; the coverage test reports the rest. */
	private List<Route> matrixRoutes() {
		return appRoutes().stream().filter(r -> matrix.routes().contains(r.key())).toList();
	}

	private static WorkspaceForm workspace(String name) {
		WorkspaceForm form = new WorkspaceForm();
		form.setName(name);
		form.setCountryCode("XA");
		form.setCurrency("USD");
		form.setLanguages(List.of("en"));
		return form;
	}

	private static String table(List<Mismatch> mismatches) {
		StringBuilder table = new StringBuilder(mismatches.size() + " route x role checks disagree with role-matrix.txt:\n");
		String row = "%-72s %-13s %-10s %-9s %s%n";
		table.append(String.format(row, "route", "role", "workspace", "expected", "got"));
		mismatches.forEach(m -> table.append(String.format(row, m.route(), m.caller(), m.workspace(), m.expected(), m.got())));
		return table.toString();
	}
}
