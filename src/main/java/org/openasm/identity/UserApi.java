package org.openasm.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.web.Access;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users", description = "Accounts and the roles they hold per workspace")
class UserApi {

	private final Accounts accounts;

	private final WorkspaceManagement workspaces;

	UserApi(Accounts accounts, WorkspaceManagement workspaces) {
		this.accounts = accounts;
		this.workspaces = workspaces;
	}

	record MembershipView(long id, long workspaceId, Role role) {
	}

	record UserView(long id, String username, String displayName, boolean systemAdmin, boolean enabled,
			List<MembershipView> memberships) {
	}

	@GetMapping("/api/v1/me")
	@Access.SignedIn
	@Operation(summary = "The caller's account and roles")
	UserView me(Principal principal) {
		return view(accounts.account(principal.getName()));
	}

	@GetMapping("/api/v1/users")
	@Access.SystemAdmin
	List<UserView> list() {
		return accounts.all().stream().map(this::view).toList();
	}

	@PostMapping("/api/v1/users")
	@Access.SystemAdmin
	@Operation(summary = "Create an account; repeat-safe with an Idempotency-Key header")
	ResponseEntity<UserView> create(@Valid @RequestBody UserForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = accounts.create(form);
		return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(view(accounts.account(id)));
	}

	@PostMapping("/api/v1/users/{userId}/memberships")
	@Access.SystemAdmin
	@Operation(summary = "Grant a role in a workspace (granting a role already held changes nothing)")
	UserView grant(@PathVariable long userId, @Valid @RequestBody MembershipForm form) {
		if (workspaces.find(form.getWorkspaceId()).isEmpty()) {
			throw new DomainRuleViolation("workspaceId", "membership.workspace.unknown", String.valueOf(form.getWorkspaceId()));
		}
		accounts.grant(userId, form.getWorkspaceId(), form.getRole());
		return view(accounts.account(userId));
	}

	record PasswordReset(String password) {
	}

	record Enabled(boolean enabled) {
	}

	@PutMapping("/api/v1/users/{userId}/password")
	@Access.SystemAdmin
	@Operation(summary = "Set a new password for an account (at least 12 characters)")
	ResponseEntity<Void> resetPassword(@PathVariable long userId, @RequestBody PasswordReset body) {
		accounts.resetPassword(userId, body.password());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/users/{userId}/enabled")
	@Access.SystemAdmin
	@Operation(summary = "Enable or disable an account; a disabled account cannot sign in")
	UserView enable(@PathVariable long userId, @RequestBody Enabled body, Principal principal) {
		accounts.setEnabled(userId, body.enabled(), principal.getName());
		return view(accounts.account(userId));
	}

	@DeleteMapping("/api/v1/users/{userId}/memberships/{membershipId}")
	@Access.SystemAdmin
	ResponseEntity<Void> revoke(@PathVariable long userId, @PathVariable long membershipId) {
		accounts.revoke(userId, membershipId);
		return ResponseEntity.noContent().build();
	}

	private UserView view(UserAccount u) {
		return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.isSystemAdmin(), u.isEnabled(),
				accounts.membershipsOf(u.getId()).stream().map(m -> new MembershipView(m.getId(), m.getWorkspaceId(), m.getRole())).toList());
	}
}
