package org.openasm.context;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openasm.shared.web.Access;
import org.openasm.taskforce.AgencyInfo;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step 1.3's capacity assessment over HTTP: the functions, the grid of ratings (agency × function,
 * existing and needed level 0–3), the gaps ranked and the agencies not yet assessed.
 */
@RestController
@Tag(name = "Context analysis (1.3): capacity", description = "The agencies' capacity to manage ASM, function by function")
class CapacityApi {

	private final CapacityAssessment assessment;

	CapacityApi(CapacityAssessment assessment) {
		this.assessment = assessment;
	}

	record FunctionView(long id, String name, long version) {
	}

	record RatingView(long id, long agencyId, String agency, long functionId, String function, int existingLevel, int neededLevel,
			int gap, String notes, long version) {
	}

	record GapView(long agencyId, String agency, long functionId, String function, int existingLevel, int neededLevel, int gap) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/capacity/functions")
	@Access.Government
	@Operation(summary = "The functions agencies are rated on: the guidance's and the workspace's own")
	List<FunctionView> functions(@PathVariable long workspaceId) {
		return assessment.functions(workspaceId).stream().map(CapacityApi::view).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/context/capacity/functions")
	@Access.Secretariat
	@Operation(summary = "Add a function; repeat-safe with an Idempotency-Key header")
	ResponseEntity<FunctionView> addFunction(@PathVariable long workspaceId, @Valid @RequestBody CapacityFunctionForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = assessment.addFunction(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/context/capacity/functions/" + id))
			.body(view(assessment.function(workspaceId, id)));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/context/capacity/functions/{functionId}")
	@Access.Secretariat
	@Operation(summary = "Rename a function; send the version you read, a stale one gets 409")
	FunctionView renameFunction(@PathVariable long workspaceId, @PathVariable long functionId,
			@Valid @RequestBody CapacityFunctionForm form) {
		assessment.renameFunction(workspaceId, functionId, form);
		return view(assessment.function(workspaceId, functionId));
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/context/capacity/functions/{functionId}")
	@Access.Secretariat
	@Operation(summary = "Remove a function no agency has been rated on")
	ResponseEntity<Void> removeFunction(@PathVariable long workspaceId, @PathVariable long functionId) {
		assessment.removeFunction(workspaceId, functionId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/capacity/ratings")
	@Access.Government
	@Operation(summary = "The rated cells of the grid (agency × function), existing and needed level 0–3 and the gap")
	List<RatingView> ratings(@PathVariable long workspaceId) {
		Map<Long, String> names = names(workspaceId);
		return assessment.ratings(workspaceId).stream().filter(r -> names.containsKey(r.getAgencyId())).map(r -> view(r, names)).toList();
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/context/capacity/ratings/{agencyId}/{functionId}")
	@Access.Secretariat
	@Operation(summary = "Rate an agency on a function: the first time without a version (repeat-safe with an Idempotency-Key), then with the version you read")
	RatingView rate(@PathVariable long workspaceId, @PathVariable long agencyId, @PathVariable long functionId,
			@Valid @RequestBody CapacityRatingForm form,
			@Parameter(description = "Same key, same result: a retried call changes nothing") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		assessment.rate(workspaceId, agencyId, functionId, form);
		return view(assessment.rating(workspaceId, agencyId, functionId).orElseThrow(), names(workspaceId));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/capacity/gaps")
	@Access.Government
	@Operation(summary = "The gaps (needed above existing), largest first, then by level needed, agency and function")
	List<GapView> gaps(@PathVariable long workspaceId) {
		return assessment.gaps(workspaceId)
			.stream()
			.map(g -> new GapView(g.agencyId(), g.agency(), g.functionId(), g.function(), g.existing(), g.needed(), g.gap()))
			.toList();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/capacity/unassessed-agencies")
	@Access.Government
	@Operation(summary = "The task force's agencies not rated on any function yet")
	List<AgencyInfo> unassessed(@PathVariable long workspaceId) {
		return assessment.unassessedAgencies(workspaceId);
	}

	private Map<Long, String> names(long workspaceId) {
		return assessment.agencies(workspaceId).stream().collect(Collectors.toMap(AgencyInfo::id, AgencyInfo::name));
	}

	private static FunctionView view(CapacityFunction f) {
		return new FunctionView(f.getId(), f.getName(), f.getVersion());
	}

	private static RatingView view(CapacityRating r, Map<Long, String> names) {
		return new RatingView(r.getId(), r.getAgencyId(), names.get(r.getAgencyId()), r.getFunction().getId(), r.getFunction().getName(),
				r.getExistingLevel(), r.getNeededLevel(), r.getGap(), r.getNotes(), r.getVersion());
	}
}
