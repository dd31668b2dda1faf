package org.openasm.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.openasm.context.Commodity;
import org.openasm.geo.GeoJson;
import org.openasm.shared.web.Access;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ASM zones and protected areas over HTTP. Lists are paginated ({@code page} from 1, 50 a page) and
 * give the total. Areas go in as GeoJSON (the object or a string) or typed corners and come out as a
 * GeoJSON geometry. Creates and imports are repeat-safe with Idempotency-Key; edits carry their version.
 */
@RestController
@Tag(name = "Registry: ASM zones and protected areas", description = "Areas set aside for ASM, with their capacity and occupancy, and areas where no licence is granted")
class ZoneApi {

	private final ZoneManagement zones;

	ZoneApi(ZoneManagement zones) {
		this.zones = zones;
	}

	/** One page of a list: the items, the page number (from 1), the page size and the total count. */
	record RegisterPage<T>(List<T> items, int page, int size, long total) {
		static <S, T> RegisterPage<T> of(Page<S> page, java.util.function.Function<S, T> view) {
			return new RegisterPage<>(page.getContent().stream().map(view).toList(), page.getNumber() + 1, page.getSize(), page.getTotalElements());
		}
	}

	/** A zone; {@code area} is a GeoJSON geometry; occupancy counts licences holding ground in it. */
	record ZoneView(long id, String name, String code, String description, Commodity commodity, Integer maxLicences, BigDecimal areaHectares,
			int licences, BigDecimal hectaresUsed, boolean full, tools.jackson.databind.JsonNode area, long version) {
	}

	/** A protected area; {@code area} is a GeoJSON geometry. */
	record ProtectedAreaView(long id, String name, String designation, BigDecimal areaHectares, tools.jackson.databind.JsonNode area,
			long version) {
	}

	/** How many features an import added. */
	record Imported(int added) {
	}

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	private static tools.jackson.databind.JsonNode geometry(Footprint f) {
		return JSON.readTree(GeoJson.geometry(f.geometry()));
	}

	private ZoneView view(long workspaceId, Zone z) {
		ZoneManagement.Occupancy o = zones.occupancy(workspaceId, z);
		return new ZoneView(z.getId(), z.getName(), z.getCode(), z.getDescription(), z.getCommodity(), z.getMaxLicences(), z.getAreaHectares(),
				o.licences(), o.hectaresUsed(), o.full(), geometry(z.footprint()), z.getVersion());
	}

	private static ProtectedAreaView view(ProtectedArea a) {
		return new ProtectedAreaView(a.getId(), a.getName(), a.getDesignation(), a.getAreaHectares(), geometry(a.footprint()), a.getVersion());
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/zones")
	@Access.Government
	@Operation(summary = "The ASM zones by name, 50 a page, with their occupancy")
	RegisterPage<ZoneView> zones(@PathVariable long workspaceId, @RequestParam(defaultValue = "1") int page) {
		return RegisterPage.of(zones.zones(workspaceId, page - 1), z -> view(workspaceId, z));
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/zones")
	@Access.Cadastre
	@Operation(summary = "Add an ASM zone (unique name; a valid polygon inside the jurisdiction that overlaps no other zone nor a protected area; capacity above zero if given); repeat-safe with Idempotency-Key")
	ResponseEntity<ZoneView> addZone(@PathVariable long workspaceId, @Valid @RequestBody ZoneForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = zones.addZone(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/zones/" + id)).body(zone(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/zones/{zoneId}")
	@Access.Government
	@Operation(summary = "One ASM zone with its occupancy")
	ZoneView zone(@PathVariable long workspaceId, @PathVariable long zoneId) {
		return view(workspaceId, zones.zone(workspaceId, zoneId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/zones/{zoneId}")
	@Access.Cadastre
	@Operation(summary = "Change an ASM zone; send the version you read; a new boundary must keep every licence holding ground in it")
	ZoneView editZone(@PathVariable long workspaceId, @PathVariable long zoneId, @Valid @RequestBody ZoneForm form) {
		zones.editZone(workspaceId, zoneId, form);
		return zone(workspaceId, zoneId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/zones/{zoneId}")
	@Access.Cadastre
	@Operation(summary = "Remove an ASM zone; refused while licences hold ground in it")
	ResponseEntity<Void> removeZone(@PathVariable long workspaceId, @PathVariable long zoneId) {
		zones.removeZone(workspaceId, zoneId);
		return ResponseEntity.noContent().build();
	}

	/** No {@code consumes} on the mapping: a caller without the role must get 403 whatever they send. */
	@PostMapping("/api/v1/workspaces/{workspaceId}/zones/import")
	@Access.Cadastre
	@Operation(summary = "Import ASM zones from a GeoJSON FeatureCollection (properties name, code, description, commodity, max_licences; Polygon or MultiPolygon in WGS 84): "
			+ "all features or none, a refusal lists every wrong feature as rows[N].column; repeat-safe with Idempotency-Key",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/geo+json")))
	Imported importZones(@PathVariable long workspaceId, @RequestBody byte[] geojson,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return new Imported(zones.importZones(workspaceId, geojson, key));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/protected-areas")
	@Access.Government
	@Operation(summary = "The protected areas by name, 50 a page")
	RegisterPage<ProtectedAreaView> protectedAreas(@PathVariable long workspaceId, @RequestParam(defaultValue = "1") int page) {
		return RegisterPage.of(zones.protectedAreas(workspaceId, page - 1), ZoneApi::view);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/protected-areas")
	@Access.Cadastre
	@Operation(summary = "Add a protected area (unique name; a valid polygon that overlaps no ASM zone); repeat-safe with Idempotency-Key")
	ResponseEntity<ProtectedAreaView> addProtectedArea(@PathVariable long workspaceId, @Valid @RequestBody ProtectedAreaForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = zones.addProtectedArea(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/protected-areas/" + id))
			.body(protectedArea(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/protected-areas/{areaId}")
	@Access.Government
	@Operation(summary = "One protected area")
	ProtectedAreaView protectedArea(@PathVariable long workspaceId, @PathVariable long areaId) {
		return view(zones.protectedArea(workspaceId, areaId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/protected-areas/{areaId}")
	@Access.Cadastre
	@Operation(summary = "Change a protected area; send the version you read")
	ProtectedAreaView editProtectedArea(@PathVariable long workspaceId, @PathVariable long areaId, @Valid @RequestBody ProtectedAreaForm form) {
		zones.editProtectedArea(workspaceId, areaId, form);
		return protectedArea(workspaceId, areaId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/protected-areas/{areaId}")
	@Access.Cadastre
	@Operation(summary = "Remove a protected area (its ground becomes open to applications)")
	ResponseEntity<Void> removeProtectedArea(@PathVariable long workspaceId, @PathVariable long areaId) {
		zones.removeProtectedArea(workspaceId, areaId);
		return ResponseEntity.noContent().build();
	}

	/** No {@code consumes} on the mapping: a caller without the role must get 403 whatever they send. */
	@PostMapping("/api/v1/workspaces/{workspaceId}/protected-areas/import")
	@Access.Cadastre
	@Operation(summary = "Import protected areas from a GeoJSON FeatureCollection (properties name, designation; Polygon or MultiPolygon in WGS 84): "
			+ "all features or none, a refusal lists every wrong feature as rows[N].column; repeat-safe with Idempotency-Key",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/geo+json")))
	Imported importProtectedAreas(@PathVariable long workspaceId, @RequestBody byte[] geojson,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return new Imported(zones.importProtectedAreas(workspaceId, geojson, key));
	}
}
