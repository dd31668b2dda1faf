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

	/** What an import did. */
	record Imported(int areas) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/areas/boundaries.geojson")
	@Access.WorkspaceMember
	@Operation(summary = "The areas that have a boundary, as a GeoJSON FeatureCollection (properties id, name, code, level, parentId)")
	org.springframework.http.ResponseEntity<String> boundaries(@PathVariable long workspaceId) {
		return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("application/geo+json")).body(areas.boundariesGeoJson(workspaceId));
	}

	/** No {@code consumes} on the mapping: a caller without the role must get 403 whatever they send. */
	@PostMapping("/api/v1/workspaces/{workspaceId}/areas/import")
	@Access.Secretariat
	@Operation(summary = "Import areas with their boundaries from a GeoJSON FeatureCollection (properties name, code, parent = the parent's code; "
			+ "Polygon or MultiPolygon in WGS 84 longitude/latitude): an existing code gets the boundary, others are added; "
			+ "all features or none, a refusal lists every wrong feature as rows[N].column (N = the feature's number)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/geo+json")))
	Imported importAreas(@PathVariable long workspaceId, @RequestBody byte[] geojson) {
		return new Imported(areas.importGeoJson(workspaceId, geojson));
	}
}
