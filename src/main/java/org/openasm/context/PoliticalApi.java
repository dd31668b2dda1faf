package org.openasm.context;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/** Step 1.3's political economy over HTTP: the actors, their influence (1–5) and stance on formalisation. */
@RestController
@Tag(name = "Context analysis (1.3): political economy", description = "Actors who shape ASM, their interests, influence and stance on formalisation")
class PoliticalApi {

	private final PoliticalEconomy economy;

	PoliticalApi(PoliticalEconomy economy) {
		this.economy = economy;
	}

	record ActorView(long id, String name, PoliticalKind kind, String interests, int influence, PoliticalStance stance, String riskNotes,
			long version) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/political-actors")
	@Access.Government
	@Operation(summary = "The political-economy actors, most influential first")
	List<ActorView> list(@PathVariable long workspaceId) {
		return economy.actors(workspaceId).stream().map(PoliticalApi::view).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/context/political-actors")
	@Access.Secretariat
	@Operation(summary = "Add an actor; repeat-safe with an Idempotency-Key header")
	ResponseEntity<ActorView> add(@PathVariable long workspaceId, @Valid @RequestBody PoliticalActorForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = economy.add(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/context/political-actors/" + id))
			.body(get(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/political-actors/{actorId}")
	@Access.Government
	@Operation(summary = "One actor")
	ActorView get(@PathVariable long workspaceId, @PathVariable long actorId) {
		return view(economy.actor(workspaceId, actorId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/context/political-actors/{actorId}")
	@Access.Secretariat
	@Operation(summary = "Change an actor; send the version you read, a stale one gets 409")
	ActorView edit(@PathVariable long workspaceId, @PathVariable long actorId, @Valid @RequestBody PoliticalActorForm form) {
		economy.edit(workspaceId, actorId, form);
		return get(workspaceId, actorId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/context/political-actors/{actorId}")
	@Access.Secretariat
	@Operation(summary = "Remove an actor (its history stays)")
	ResponseEntity<Void> remove(@PathVariable long workspaceId, @PathVariable long actorId) {
		economy.remove(workspaceId, actorId);
		return ResponseEntity.noContent().build();
	}

	private static ActorView view(PoliticalActor a) {
		return new ActorView(a.getId(), a.getName(), a.getKind(), a.getInterests(), a.getInfluence(), a.getStance(), a.getRiskNotes(),
				a.getVersion());
	}
}
