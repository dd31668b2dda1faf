package org.openasm.context;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.web.Access;
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
 * Step 1.3's mine sites over HTTP: the list with filters, one site, creates (repeat-safe with an
 * Idempotency-Key), edits with the version read, removal, the sites as GeoJSON and file imports.
 */
@RestController
@Tag(name = "Mine sites (1.3)", description = "Mine sites of the context analysis: where, what, how, who, and what was observed")
class SiteApi {

	private final SiteRegister register;

	SiteApi(SiteRegister register) {
		this.register = register;
	}

	record SiteView(long id, String name, BigDecimal longitude, BigDecimal latitude, Long areaId, String area, Commodity commodity,
			SiteDepositType depositType, SiteMechanisation mechanisation, SiteScale scale, int women, int men, boolean minors,
			SiteLegalStatus legalStatus, String techniques, Set<SiteImpact> impacts, LocalDate observedOn, String observationSource,
			long version) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/sites")
	@Access.Government
	@Operation(summary = "The mine sites by name; q searches name, techniques and source; areaId includes the areas below it")
	List<SiteView> list(@PathVariable long workspaceId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Commodity commodity, @RequestParam(required = false) SiteDepositType depositType,
			@RequestParam(required = false) SiteLegalStatus legalStatus, @RequestParam(required = false) Long areaId) {
		List<AreaInfo> areas = register.areas(workspaceId);
		Map<Long, AreaInfo> byId = areas.stream().collect(Collectors.toMap(AreaInfo::id, Function.identity()));
		return SiteFilter.apply(register.sites(workspaceId), q, commodity, depositType, legalStatus, areaId, areas)
			.stream()
			.map(s -> view(s, byId))
			.toList();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/sites.geojson")
	@Access.Government
	@Operation(summary = "The mine sites (same filters as the list) as a GeoJSON FeatureCollection of points")
	org.springframework.http.ResponseEntity<String> geojson(@PathVariable long workspaceId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Commodity commodity, @RequestParam(required = false) SiteDepositType depositType,
			@RequestParam(required = false) SiteLegalStatus legalStatus, @RequestParam(required = false) Long areaId) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("application/geo+json"))
			.body(SiteGeoJson.of(SiteFilter.apply(register.sites(workspaceId), q, commodity, depositType, legalStatus, areaId,
					register.areas(workspaceId))));
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/context/sites")
	@Access.Secretariat
	@Operation(summary = "Add a mine site; its area is found from the point; repeat-safe with an Idempotency-Key header")
	ResponseEntity<SiteView> add(@PathVariable long workspaceId, @Valid @RequestBody SiteForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = register.add(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/context/sites/" + id)).body(get(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/sites/{siteId}")
	@Access.Government
	@Operation(summary = "One mine site")
	SiteView get(@PathVariable long workspaceId, @PathVariable long siteId) {
		Map<Long, AreaInfo> byId = register.areas(workspaceId).stream().collect(Collectors.toMap(AreaInfo::id, Function.identity()));
		return view(register.site(workspaceId, siteId), byId);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/context/sites/{siteId}")
	@Access.Secretariat
	@Operation(summary = "Change a mine site; send the version you read, a stale one gets 409")
	SiteView edit(@PathVariable long workspaceId, @PathVariable long siteId, @Valid @RequestBody SiteForm form) {
		register.edit(workspaceId, siteId, form);
		return get(workspaceId, siteId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/context/sites/{siteId}")
	@Access.Secretariat
	@Operation(summary = "Remove a mine site")
	ResponseEntity<Void> remove(@PathVariable long workspaceId, @PathVariable long siteId) {
		register.remove(workspaceId, siteId);
		return ResponseEntity.noContent().build();
	}

	/** No {@code consumes} on the mapping: a caller without the role must get 403 whatever they send. */
	@PostMapping("/api/v1/workspaces/{workspaceId}/context/sites/import")
	@Access.Secretariat
	@Operation(summary = "Import mine sites from CSV (comma or semicolon), XLSX (first sheet) or a GeoJSON FeatureCollection of points, "
			+ "recognised by content; columns name, longitude, latitude, commodity, deposit_type, mechanisation, scale, legal_status, "
			+ "women, men, minors, techniques, impacts, observed_on, source. All rows or none: a wrong file gets 422 listing every wrong "
			+ "cell as rows[N].column; a site already recorded with the same name, area and point is skipped",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = "text/csv"), @Content(mediaType = "application/geo+json"),
					@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") }))
	SiteRegister.Imported importSites(@PathVariable long workspaceId, @RequestBody byte[] file) {
		return register.importFile(workspaceId, file);
	}

	private static SiteView view(MineSite s, Map<Long, AreaInfo> areas) {
		AreaInfo area = s.getAreaId() == null ? null : areas.get(s.getAreaId());
		return new SiteView(s.getId(), s.getName(), s.getLongitude(), s.getLatitude(), s.getAreaId(), area == null ? null : area.name(),
				s.getCommodity(), s.getDepositType(), s.getMechanisation(), s.getScale(), s.getWomen(), s.getMen(), s.isMinors(),
				s.getLegalStatus(), s.getTechniques(), s.getImpactSet(), s.getObservedOn(), s.getObservationSource(), s.getVersion());
	}
}
