package org.openasm.identity;

import java.util.Arrays;
import java.util.Optional;
import org.openasm.shared.web.AccessPolicy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The rules behind {@code @Access.*}: roles held in the workspace named by the request. */
@Component("access")
class WorkspaceAccess implements AccessPolicy {

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	WorkspaceAccess(UserAccountRepository users, MembershipRepository memberships) {
		this.users = users;
		this.memberships = memberships;
	}

	@Override
	public boolean anyRole(Long workspaceId) {
		if (isSystemAdmin()) {
			return true;
		}
		String prefix = "WS:" + workspaceId + ":";
		return authentication() != null
				&& authentication().getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(a -> a.startsWith(prefix));
	}

	@Override
	public boolean hasRole(Long workspaceId, String... roles) {
		if (isSystemAdmin()) {
			return true;
		}
		Authentication auth = authentication();
		if (auth == null || workspaceId == null) {
			return false;
		}
		return Arrays.stream(roles)
			.map(r -> Role.valueOf(r).authorityIn(workspaceId))
			.anyMatch(wanted -> auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(wanted)));
	}

	@Override
	public boolean isSystemAdmin() {
		Authentication auth = authentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(AccountDetailsService.SYSTEM_ADMIN));
	}

	@Override
	public boolean isSignedIn() {
		return authentication() != null;
	}

	@Override
	public Optional<String> currentUsername() {
		return Optional.ofNullable(authentication()).map(Authentication::getName);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean holds(long workspaceId, String username, String role) {
		return username != null && users.findByUsernameIgnoreCase(username.strip())
			.filter(UserAccount::isEnabled)
			.map(u -> memberships.existsByUserIdAndWorkspaceIdAndRole(u.getId(), workspaceId, Role.valueOf(role)))
			.orElse(false);
	}

	private static Authentication authentication() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null : auth;
	}
}
