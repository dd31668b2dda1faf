package org.openasm.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Workspace roles", description = "Who holds which role in a workspace, managed by its administrators")
class WorkspaceRoleApi {

	private final WorkspaceRoles roles;

	WorkspaceRoleApi(WorkspaceRoles roles) {
		this.roles = roles;
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/roles")
	@Access.WorkspaceAdmin
	List<WorkspaceRoles.Holder> list(@PathVariable long workspaceId) {
		return roles.of(workspaceId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/roles")
	@Access.WorkspaceAdmin
	@Operation(summary = "Grant a role in this workspace to an existing account (granting a role already held changes nothing)")
	List<WorkspaceRoles.Holder> grant(@PathVariable long workspaceId, @Valid @RequestBody RoleGrantForm form) {
		roles.grant(workspaceId, form);
		return roles.of(workspaceId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/roles/{membershipId}")
	@Access.WorkspaceAdmin
	@Operation(summary = "Remove a role; administrators cannot remove their own administration")
	ResponseEntity<Void> revoke(@PathVariable long workspaceId, @PathVariable long membershipId, Principal principal) {
		roles.revoke(workspaceId, membershipId, principal.getName());
		return ResponseEntity.noContent().build();
	}
}
