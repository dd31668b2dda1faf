package org.openasm.context;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.web.Access;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.http.MediaType;
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
 * Step 1.3's supply chain over HTTP: actors, flows, the mass balance per commodity and the map as SVG.
 * Creates are repeat-safe with an Idempotency-Key; edits carry the version they were made on.
 */
@RestController
@Tag(name = "Supply chain (1.3)", description = "Supply-chain actors and flows, the mass balance per commodity and the map")
class ChainApi {

	private static final String BASE = "/api/v1/workspaces/{workspaceId}/context/supply-chain";

	private final ChainRegister register;

	private final ChainMap map;

	private final WorkspaceManagement workspaces;

	ChainApi(ChainRegister register, ChainMap map, WorkspaceManagement workspaces) {
		this.register = register;
		this.map = map;
		this.workspaces = workspaces;
	}

	record ActorView(long id, String name, ChainActorKind kind, Long areaId, String area, String notes, long version) {
	}

	record FlowView(long id, long fromActorId, String fromActor, long toActorId, String toActor, Commodity commodity,
			BigDecimal volumePerYear, String unit, BigDecimal valuePerYear, String currency, boolean formal, boolean crossBorder,
			String source, String notes, long version) {
	}

	@GetMapping(BASE + "/actors")
	@Access.Government
	@Operation(summary = "The supply-chain actors by name")
	List<ActorView> actors(@PathVariable long workspaceId) {
		Map<Long, AreaInfo> areas = areas(workspaceId);
		return register.actors(workspaceId).stream().map(a -> view(a, areas)).toList();
	}

	@PostMapping(BASE + "/actors")
	@Access.Secretariat
	@Operation(summary = "Add a supply-chain actor; repeat-safe with an Idempotency-Key header")
	ResponseEntity<ActorView> addActor(@PathVariable long workspaceId, @Valid @RequestBody ChainActorForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = register.addActor(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/context/supply-chain/actors/" + id))
			.body(actor(workspaceId, id));
	}

	@GetMapping(BASE + "/actors/{actorId}")
	@Access.Government
	@Operation(summary = "One supply-chain actor")
	ActorView actor(@PathVariable long workspaceId, @PathVariable long actorId) {
		return view(register.actor(workspaceId, actorId), areas(workspaceId));
	}

	@PutMapping(BASE + "/actors/{actorId}")
	@Access.Secretariat
	@Operation(summary = "Change a supply-chain actor; send the version you read, a stale one gets 409")
	ActorView editActor(@PathVariable long workspaceId, @PathVariable long actorId, @Valid @RequestBody ChainActorForm form) {
		register.editActor(workspaceId, actorId, form);
		return actor(workspaceId, actorId);
	}

	@DeleteMapping(BASE + "/actors/{actorId}")
	@Access.Secretariat
	@Operation(summary = "Remove a supply-chain actor that sends and receives no flows")
	ResponseEntity<Void> removeActor(@PathVariable long workspaceId, @PathVariable long actorId) {
		register.removeActor(workspaceId, actorId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(BASE + "/flows")
	@Access.Government
	@Operation(summary = "The supply-chain flows; commodity keeps one commodity's")
	List<FlowView> flows(@PathVariable long workspaceId, @RequestParam(required = false) Commodity commodity) {
		String currency = workspaces.get(workspaceId).currency();
		return register.flows(workspaceId)
			.stream()
			.filter(f -> commodity == null || f.getCommodity() == commodity)
			.map(f -> view(f, currency))
			.toList();
	}

	@PostMapping(BASE + "/flows")
	@Access.Secretariat
	@Operation(summary = "Add a supply-chain flow (value in the workspace currency); repeat-safe with an Idempotency-Key header")
	ResponseEntity<FlowView> addFlow(@PathVariable long workspaceId, @Valid @RequestBody ChainFlowForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = register.addFlow(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/context/supply-chain/flows/" + id))
			.body(flow(workspaceId, id));
	}

	@GetMapping(BASE + "/flows/{flowId}")
	@Access.Government
	@Operation(summary = "One supply-chain flow")
	FlowView flow(@PathVariable long workspaceId, @PathVariable long flowId) {
		return view(register.flow(workspaceId, flowId), workspaces.get(workspaceId).currency());
	}

	@PutMapping(BASE + "/flows/{flowId}")
	@Access.Secretariat
	@Operation(summary = "Change a supply-chain flow; send the version you read, a stale one gets 409")
	FlowView editFlow(@PathVariable long workspaceId, @PathVariable long flowId, @Valid @RequestBody ChainFlowForm form) {
		register.editFlow(workspaceId, flowId, form);
		return flow(workspaceId, flowId);
	}

	@DeleteMapping(BASE + "/flows/{flowId}")
	@Access.Secretariat
	@Operation(summary = "Remove a supply-chain flow")
	ResponseEntity<Void> removeFlow(@PathVariable long workspaceId, @PathVariable long flowId) {
		register.removeFlow(workspaceId, flowId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(BASE + "/mass-balance")
	@Access.Government
	@Operation(summary = "The mass balance of each commodity with flows or a production estimate: outflows from miners with "
			+ "their informal share, what leaves the country with its cross-border share, and production minus outflows "
			+ "from miners (low, central, high); shares are fractions; production and unaccounted are null without an estimate")
	List<MassBalance> massBalance(@PathVariable long workspaceId) {
		return map.massBalances(workspaceId);
	}

	// No "produces": a caller who may not see it must get 403 whatever it accepts, not 406 (the type is set below).
	@GetMapping(BASE + "/graph.svg")
	@Access.Government
	@Operation(summary = "The supply chain map as an SVG image; commodity draws one commodity's flows and actors",
			responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The map",
					content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "image/svg+xml")))
	ResponseEntity<String> graph(@PathVariable long workspaceId, @RequestParam(required = false) Commodity commodity, Locale locale) {
		workspaces.get(workspaceId);
		return ResponseEntity.ok()
			.contentType(new MediaType("image", "svg+xml", java.nio.charset.StandardCharsets.UTF_8))
			.body(map.svg(workspaceId, commodity, locale));
	}

	private ActorView view(ChainActor a, Map<Long, AreaInfo> areas) {
		AreaInfo area = a.getAreaId() == null ? null : areas.get(a.getAreaId());
		return new ActorView(a.getId(), a.getName(), a.getKind(), a.getAreaId(), area == null ? null : area.name(), a.getNotes(),
				a.getVersion());
	}

	private FlowView view(ChainFlow f, String currency) {
		return new FlowView(f.getId(), f.getFromActor().getId(), f.getFromActor().getName(), f.getToActor().getId(),
				f.getToActor().getName(), f.getCommodity(), f.getVolumePerYear(), f.getUnit(), f.getValuePerYear(),
				f.getValuePerYear() == null ? null : currency, f.isFormal(), f.isCrossBorder(), f.getSource(), f.getNotes(),
				f.getVersion());
	}

	private Map<Long, AreaInfo> areas(long workspaceId) {
		return register.areas(workspaceId).stream().collect(Collectors.toMap(AreaInfo::id, Function.identity()));
	}
}
