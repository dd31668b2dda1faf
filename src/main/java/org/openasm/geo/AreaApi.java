package org.openasm.geo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administrative areas", description = "Regions, districts and smaller areas of a jurisdiction")
class AreaApi {

	private final AdministrativeAreas areas;

	AreaApi(AdministrativeAreas areas) {
		this.areas = areas;
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/areas")
	@Access.WorkspaceMember
	@Operation(summary = "The areas, each after its parent; path holds the ids from the top")
	List<AreaInfo> list(@PathVariable long workspaceId) {
		return areas.of(workspaceId);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/areas")
	@Access.Secretariat
	@Operation(summary = "Add an area under a parent (none for a region); repeat-safe with an Idempotency-Key header")
	ResponseEntity<AreaInfo> add(@PathVariable long workspaceId, @Valid @RequestBody AreaForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = areas.add(workspaceId, form);
		AreaInfo created = areas.of(workspaceId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/areas/" + id)).body(created);
	}
}
