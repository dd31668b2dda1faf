package org.openasm.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The licence categories over HTTP. Creates are repeat-safe with Idempotency-Key; edits carry their version, a stale one gets 409. */
@RestController
@Tag(name = "Registry: licence categories", description = "The kinds of licence ASM operators hold: eligibility, maximum area, duration, ASM zones only, fees")
class RegistryApi {

	private final LicenceCategoryManagement categories;

	RegistryApi(LicenceCategoryManagement categories) {
		this.categories = categories;
	}

	/** A licence category with its version; fees in the workspace's currency. */
	record CategoryView(LicenceCategoryFacts category, long version) {
		static CategoryView of(LicenceCategory c) {
			return new CategoryView(c.facts(), c.getVersion());
		}
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/licence-categories")
	@Access.WorkspaceMember
	@Operation(summary = "The licence categories, by name")
	List<CategoryView> categories(@PathVariable long workspaceId) {
		return categories.categories(workspaceId).stream().map(CategoryView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/licence-categories")
	@Access.Secretariat
	@Operation(summary = "Add a licence category (unique name, maximum area and duration above zero, fees not below zero); repeat-safe with Idempotency-Key")
	ResponseEntity<CategoryView> add(@PathVariable long workspaceId, @Valid @RequestBody LicenceCategoryForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = categories.add(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/licence-categories/" + id))
			.body(category(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/licence-categories/{categoryId}")
	@Access.WorkspaceMember
	@Operation(summary = "One licence category")
	CategoryView category(@PathVariable long workspaceId, @PathVariable long categoryId) {
		return CategoryView.of(categories.category(workspaceId, categoryId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/licence-categories/{categoryId}")
	@Access.Secretariat
	@Operation(summary = "Change a licence category; send the version you read")
	CategoryView edit(@PathVariable long workspaceId, @PathVariable long categoryId, @Valid @RequestBody LicenceCategoryForm form) {
		categories.edit(workspaceId, categoryId, form);
		return category(workspaceId, categoryId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/licence-categories/{categoryId}")
	@Access.Secretariat
	@Operation(summary = "Remove a licence category; the types whose strategy named it are left without a category")
	ResponseEntity<Void> remove(@PathVariable long workspaceId, @PathVariable long categoryId) {
		categories.remove(workspaceId, categoryId);
		return ResponseEntity.noContent().build();
	}
}
