package org.openasm.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The registry hub's figures (counts, one query each) and its links: every registry page, each shown
 * only once the application maps its route, so the hub never links to a page that is not there.
 */
@Component
class RegistryHub {

	/** One link of the hub: its message key, the route as mapped, and the count beside it (null when none). */
	public record Link(String messageKey, String route, String path, Long count) {
	}

	private final JdbcTemplate jdbc;

	private final RequestMappingHandlerMapping mappings;

	private volatile Set<String> routes;

	RegistryHub(JdbcTemplate jdbc, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.jdbc = jdbc;
		this.mappings = mappings;
	}

	private Set<String> routes() {
		if (routes == null) {
			routes = mappings.getHandlerMethods()
				.keySet()
				.stream()
				.map(RequestMappingInfo::getPatternValues)
				.flatMap(Set::stream)
				.collect(Collectors.toSet());
		}
		return routes;
	}

	private long count(String sql, Object... args) {
		Long n = jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	@Transactional(readOnly = true)
	List<Link> links(long ws, long expiringIn) {
		String base = "/workspaces/" + ws + "/registry";
		List<Link> all = new ArrayList<>();
		all.add(new Link("registry.hub.applications", "/workspaces/{workspaceId}/registry/applications", base + "/applications",
				count("select count(*) from registry_application where workspace_id = ?", ws)));
		all.add(new Link("registry.hub.pending", "/workspaces/{workspaceId}/registry/applications", base + "/applications?status=SUBMITTED",
				count("select count(*) from registry_application where workspace_id = ? and status in ('SUBMITTED', 'UNDER_REVIEW')", ws)));
		all.add(new Link("registry.hub.newApplication", "/workspaces/{workspaceId}/registry/applications/new", base + "/applications/new", null));
		all.add(new Link("registry.hub.licences", "/workspaces/{workspaceId}/registry/licences", base + "/licences",
				count("select count(*) from registry_licence where workspace_id = ? and status in ('ACTIVE', 'SUSPENDED')", ws)));
		all.add(new Link("registry.hub.expiring", "/workspaces/{workspaceId}/registry/licences",
				base + "/licences?expiringWithinDays=" + LicensingNotices.EXPIRY_DAYS,
				count("select count(*) from registry_licence where workspace_id = ? and status in ('ACTIVE', 'SUSPENDED') and ends_on <= ?", ws,
						java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(expiringIn)))));
		all.add(new Link("registry.hub.categories", "/workspaces/{workspaceId}/registry/categories", base + "/categories",
				count("select count(*) from registry_licence_category where workspace_id = ?", ws)));
		all.add(new Link("registry.hub.operators", "/workspaces/{workspaceId}/registry/operators", base + "/operators",
				count("select count(*) from registry_operator where workspace_id = ?", ws)));
		all.add(new Link("registry.hub.review", "/workspaces/{workspaceId}/registry/operators/review", base + "/operators/review",
				count("select count(*) from registry_operator where workspace_id = ? and review = 'FLAGGED'", ws)));
		all.add(new Link("registry.hub.import", "/workspaces/{workspaceId}/registry/import", base + "/import", null));
		all.add(new Link("registry.hub.zones", "/workspaces/{workspaceId}/registry/zones", base + "/zones",
				count("select count(*) from registry_zone where workspace_id = ?", ws)));
		all.add(new Link("registry.hub.protected", "/workspaces/{workspaceId}/registry/protected-areas", base + "/protected-areas",
				count("select count(*) from registry_protected_area where workspace_id = ?", ws)));
		all.add(new Link("registry.hub.inspections", "/workspaces/{workspaceId}/registry/inspections", base + "/inspections", null));
		all.add(new Link("registry.hub.enforcement", "/workspaces/{workspaceId}/registry/enforcement", base + "/enforcement", null));
		all.add(new Link("registry.hub.actions", "/workspaces/{workspaceId}/registry/actions", base + "/actions?overdue=true", null));
		all.add(new Link("registry.hub.settings", "/workspaces/{workspaceId}/registry/settings", base + "/settings", null));
		all.add(new Link("registry.hub.public", "/public/register/{workspaceId}", "/public/register/" + ws, null));
		Set<String> mapped = routes();
		return all.stream().filter(l -> mapped.contains(l.route())).toList();
	}
}
